namespace HarAcademy.Payments.Model;

/// <summary>
/// The invoice of one completed payment. Numbers run without gaps per year (HAR-2026-000001, …): each is taken from
/// <see cref="InvoiceSequence"/> in the transaction that completes the payment, so a rollback gives the number back.
/// Prices are tax included (French VAT, 20 %): the tax is the part of the total it accounts for.
/// </summary>
public sealed class Invoice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Number { get; set; } = "";
    public Guid TransactionId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public string CustomerName { get; set; } = "";
    public string CustomerEmail { get; set; } = "";
    public List<InvoiceLine> Lines { get; set; } = [];
    public long Subtotal { get; set; }
    public int TaxRatePercent { get; set; }
    public long Tax { get; set; }
    public long Total { get; set; }
    public string Currency { get; set; } = "EUR";
}

public sealed class InvoiceLine
{
    public string Description { get; set; } = "";
    public int Quantity { get; set; } = 1;
    public long UnitAmount { get; set; }
    public long Amount { get; set; }
}

/// <summary>The next invoice number of a year; its row is locked by the transaction that takes a number.</summary>
public sealed class InvoiceSequence
{
    public int Year { get; set; }
    public long Next { get; set; }
}
