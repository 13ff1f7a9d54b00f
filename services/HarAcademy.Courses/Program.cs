using HarAcademy.Courses.Authoring;
using HarAcademy.Courses.Catalog;
using HarAcademy.Courses.Certificates;
using HarAcademy.Courses.Extensions;
using HarAcademy.Courses.Learning;
using HarAcademy.Courses.Media;
using HarAcademy.Courses.Reviews;
using HarAcademy.Courses.Statistics;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddCoursesServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
if (app.Environment.IsDevelopment())
{
    app.MapOpenApi().AllowAnonymous(); // read by the gateway's API reference, in Development only
}

app.MapCatalogApi();
app.MapVocabularyApi();
app.MapAuthoringApi();
app.MapLessonAuthoringApi();
app.MapLessonsApi();
app.MapQuizApi();
app.MapEnrollmentsApi();
app.MapProgressApi();
app.MapReviewsApi();
app.MapCertificatesApi();
app.MapMediaApi();
app.MapStatisticsApi();
app.MapAnnouncementsApi();

await app.PrepareDatabaseAsync();
app.Run();

public partial class Program;
