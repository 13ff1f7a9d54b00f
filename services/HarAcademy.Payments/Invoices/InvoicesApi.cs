using System.Security.Claims;
using HarAcademy.Payments.Data;
using HarAcademy.Payments.Extensions;
using HarAcademy.Payments.Model;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Payments.Invoices;

public sealed record InvoiceLineView(string Description, int Quantity, long UnitAmount, long Amount);

public sealed record InvoiceView(
    Guid Id, string Number, Guid TransactionId, DateTimeOffset IssuedAt, string CustomerName, string CustomerEmail,
    IReadOnlyList<InvoiceLineView> Lines, long Subtotal, int TaxRatePercent, long Tax, long Total, string Currency, long AmountRefunded)
{
    public static InvoiceView From(Invoice invoice, long amountRefunded) => new(
        invoice.Id, invoice.Number, invoice.TransactionId, invoice.IssuedAt, invoice.CustomerName, invoice.CustomerEmail,
        [.. invoice.Lines.Select(l => new InvoiceLineView(l.Description, l.Quantity, l.UnitAmount, l.Amount))],
        invoice.Subtotal, invoice.TaxRatePercent, invoice.Tax, invoice.Total, invoice.Currency, amountRefunded);
}

/// <summary><c>GET /api/v1/payments/invoices/{id}</c>: JSON, or with <c>Accept: text/html</c> the printable page (its buyer or an admin).</summary>
public static class InvoicesApi
{
    public static IEndpointRouteBuilder MapInvoicesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/payments/invoices/{id:guid}", Get).WithTags("Invoices")
            .Produces<InvoiceView>(StatusCodes.Status200OK, "application/json", "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<IResult> Get(Guid id, HttpRequest request, PaymentsDbContext database, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var invoice = await database.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (invoice is null || invoice.UserId != user.UserId() && !user.IsInRole(Roles.Admin))
        {
            return Problems.NotFound("invoice");
        }

        var refunded = await database.Transactions.Where(t => t.Id == invoice.TransactionId).Select(t => t.AmountRefunded).FirstAsync(cancellationToken);
        var view = InvoiceView.From(invoice, refunded);
        var wantsHtml = request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        return wantsHtml
            ? Results.Content(InvoicePage.Render(view), "text/html; charset=utf-8")
            : TypedResults.Ok(view);
    }
}
