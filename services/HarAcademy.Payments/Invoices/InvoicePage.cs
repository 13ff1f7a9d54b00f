using System.Net;
using System.Text;

namespace HarAcademy.Payments.Invoices;

/// <summary>
/// The printable invoice: one self-contained HTML page (inline styles, no script, no external resource), laid out for
/// A4 paper, which the browser prints or saves as PDF. Every value is HTML-encoded.
/// </summary>
public static class InvoicePage
{
    public static string Render(InvoiceView invoice)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        string Money(long minor) => E($"{minor / 100},{Math.Abs(minor % 100):00} {invoice.Currency}");

        var lines = new StringBuilder();
        foreach (var line in invoice.Lines)
        {
            lines.Append($"<tr><td>{E(line.Description)}</td><td class=\"n\">{line.Quantity}</td><td class=\"n\">{Money(line.UnitAmount)}</td><td class=\"n\">{Money(line.Amount)}</td></tr>");
        }

        var refunded = invoice.AmountRefunded > 0
            ? $"<tr><th colspan=\"3\">Remboursé / Refunded</th><td class=\"n\">−{Money(invoice.AmountRefunded)}</td></tr>"
            : "";
        return $$"""
            <!doctype html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <title>Facture {{E(invoice.Number)}}</title>
            <style>
            @page { size: A4; margin: 18mm; }
            body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1b1f24; max-width: 760px; margin: 2rem auto; font-size: 14px; }
            header { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2px solid #1d4ed8; padding-bottom: 1rem; }
            h1 { margin: 0; font-size: 1.6rem; }
            table { width: 100%; border-collapse: collapse; margin-top: 1.5rem; }
            th, td { text-align: left; padding: .5rem; border-bottom: 1px solid #d0d7de; }
            .n { text-align: right; white-space: nowrap; }
            tfoot th { text-align: right; }
            .total th, .total td { font-size: 1.1rem; font-weight: bold; }
            footer { margin-top: 2rem; color: #57606a; font-size: 12px; }
            </style>
            </head>
            <body>
            <header>
            <div><h1>Har Academy</h1><p>Facture / Invoice</p></div>
            <div><p><strong>{{E(invoice.Number)}}</strong></p><p>{{invoice.IssuedAt:dd/MM/yyyy}}</p></div>
            </header>
            <section><h2>Client / Customer</h2><p>{{E(invoice.CustomerName)}}<br>{{E(invoice.CustomerEmail)}}</p></section>
            <table>
            <thead><tr><th>Description</th><th class="n">Qté / Qty</th><th class="n">Prix unitaire TTC</th><th class="n">Montant TTC</th></tr></thead>
            <tbody>{{lines}}</tbody>
            <tfoot>
            <tr><th colspan="3">Total HT / Subtotal</th><td class="n">{{Money(invoice.Subtotal)}}</td></tr>
            <tr><th colspan="3">TVA / VAT {{invoice.TaxRatePercent}} %</th><td class="n">{{Money(invoice.Tax)}}</td></tr>
            <tr class="total"><th colspan="3">Total TTC / Total</th><td class="n">{{Money(invoice.Total)}}</td></tr>
            {{refunded}}
            </tfoot>
            </table>
            <footer>Payée / Paid · Transaction {{invoice.TransactionId}}</footer>
            </body>
            </html>
            """;
    }
}
