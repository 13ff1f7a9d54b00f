using HarAcademy.Auth.Apis;
using HarAcademy.Auth.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAuthServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapAuthApi();
app.MapKeysApi();
app.MapUsersApi();
app.MapAdminUsersApi();
app.MapDevMailboxApi();

await app.PrepareDatabaseAsync();
app.Run();

public partial class Program;
