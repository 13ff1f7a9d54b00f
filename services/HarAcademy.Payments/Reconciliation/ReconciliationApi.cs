using HarAcademy.Payments.Extensions;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HarAcademy.Payments.Reconciliation;

/// <summary>
/// Reconcile now: <c>POST /api/v1/payments/reconciliation</c> for admins, and <c>POST /internal/reconciliation</c> for the
/// AppHost's dashboard command, which proves itself with the operator key (a path the gateway never routes).
/// </summary>
public static class ReconciliationApi
{
    public static IEndpointRouteBuilder MapReconciliationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/payments/reconciliation", Run).WithTags("Admin").RequireAuthorization(Roles.AdminPolicy);
        app.MapPost("/internal/reconciliation", RunForOperator).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<Ok<ReconciliationReport>> Run(Reconciler reconciler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reconciler.RunAsync(cancellationToken));

    public static async Task<Results<Ok<ReconciliationReport>, ProblemHttpResult>> RunForOperator(
        HttpRequest request, Reconciler reconciler, IOptions<PaymentsOptions> options, CancellationToken cancellationToken)
    {
        if (!OperatorKey.Matches(options.Value.OperatorKey, request.Headers[OperatorKey.HeaderName].ToString()))
        {
            return TypedResults.Problem("The operator key is missing or wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        return TypedResults.Ok(await reconciler.RunAsync(cancellationToken));
    }
}
