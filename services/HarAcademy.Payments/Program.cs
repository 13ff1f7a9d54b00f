using HarAcademy.Payments.Admin;
using HarAcademy.Payments.Checkout;
using HarAcademy.Payments.Extensions;
using HarAcademy.Payments.Invoices;
using HarAcademy.Payments.Reconciliation;
using HarAcademy.Payments.Sandbox;
using HarAcademy.Payments.Subscriptions;
using HarAcademy.Payments.Webhooks;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPaymentsServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
if (app.Environment.IsDevelopment())
{
    app.MapOpenApi().AllowAnonymous(); // read by the gateway's API reference, in Development only
}

app.MapCheckoutApi();
app.MapSandboxApi();
app.MapWebhookApi();
app.MapInvoicesApi();
app.MapSubscriptionsApi();
app.MapAdminTransactionsApi();
app.MapRevenueApi();
app.MapReconciliationApi();

await app.PrepareDatabaseAsync();
app.Run();

public partial class Program;
