using HarAcademy.Payments.Data;
using HarAcademy.Payments.Extensions;
using HarAcademy.Payments.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HarAcademy.Payments.Invoices;

/// <summary>
/// Issues the invoice of a completed payment inside the transaction that completes it. Its number comes from the year's
/// counter row, incremented and locked by that same transaction: numbers follow each other without gaps (a rollback
/// gives its number back, and two payments completing together take the row one after the other).
/// </summary>
public sealed class InvoiceIssuer(PaymentsDbContext database, IOptions<PaymentsOptions> options, TimeProvider clock)
{
    public async Task<Invoice> IssueAsync(PaymentTransaction transaction, CancellationToken cancellationToken)
    {
        var issuedAt = clock.GetUtcNow();
        var number = await NextNumberAsync(issuedAt.Year, cancellationToken);
        var (subtotal, tax) = SplitTax(transaction.Amount, options.Value.TaxRatePercent);
        var invoice = new Invoice
        {
            Number = $"HAR-{issuedAt.Year}-{number:000000}",
            TransactionId = transaction.Id,
            UserId = transaction.UserId,
            IssuedAt = issuedAt,
            CustomerName = transaction.UserName,
            CustomerEmail = transaction.UserEmail,
            Lines = [new InvoiceLine { Description = transaction.Description, Quantity = 1, UnitAmount = transaction.Amount, Amount = transaction.Amount }],
            Subtotal = subtotal,
            TaxRatePercent = options.Value.TaxRatePercent,
            Tax = tax,
            Total = transaction.Amount,
            Currency = transaction.Currency,
        };
        database.Invoices.Add(invoice);
        transaction.InvoiceId = invoice.Id;
        return invoice;
    }

    /// <summary>(amount before tax, tax) of a tax-included total, rounded half away from zero to the cent; they add up to the total.</summary>
    public static (long Subtotal, long Tax) SplitTax(long total, int ratePercent)
    {
        var subtotal = (long)Math.Round(total * 100m / (100 + ratePercent), MidpointRounding.AwayFromZero);
        return (subtotal, total - subtotal);
    }

    private async Task<long> NextNumberAsync(int year, CancellationToken cancellationToken) =>
        (await database.Database.SqlQuery<long>($"""
            INSERT INTO invoice_sequences (year, next) VALUES ({year}, 2)
            ON CONFLICT (year) DO UPDATE SET next = invoice_sequences.next + 1
            RETURNING next - 1 AS "Value"
            """).ToListAsync(cancellationToken)).Single();
}
