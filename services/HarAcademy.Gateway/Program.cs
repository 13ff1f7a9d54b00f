using HarAcademy.Gateway.Apis;
using HarAcademy.Gateway.Docs;
using HarAcademy.Gateway.Extensions;
using HarAcademy.Gateway.Proxy;
using HarAcademy.Gateway.Realtime;
using HarAcademy.Gateway.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseResponseCompression();
app.UseServiceDefaults();
app.UseNeverRoutedPaths();
app.UseUploadBodyLimits();
app.UseRouting();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapDefaultEndpoints();
app.MapNotificationsApi();
app.MapHub<NotificationHub>(NotificationHub.Path);
if (app.Environment.IsDevelopment())
{
    app.MapApiDocs(); // the API reference is for developers: outside Development the documents are not public
}
app.MapReverseProxy(proxy =>
{
    proxy.Use(UpstreamErrorProblems.WriteAsync);
    proxy.UseSessionAffinity();
    proxy.UseLoadBalancing();
    proxy.UsePassiveHealthChecks();
});

app.Run();

public partial class Program;
