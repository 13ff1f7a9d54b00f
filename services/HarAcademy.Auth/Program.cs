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
if (app.Environment.IsDevelopment())
{
    app.MapOpenApi().AllowAnonymous(); // read by the gateway's API reference, in Development only
}
app.MapAuthApi();
app.MapKeysApi();
app.MapUsersApi();
app.MapAdminUsersApi();
app.MapPeopleDirectoryApi();
app.MapDevMailboxApi();

await app.PrepareDatabaseAsync();
app.Run();

public partial class Program;
