using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace HarAcademy.Auth.Security;

/// <summary>
/// The one form under which an email address is stored and compared, so that one address typed differently is one
/// account, and two accounts cannot look alike:
/// <list type="bullet">
/// <item>Unicode NFKC: a combining accent and its precomposed letter, full-width letters and their plain forms, the
/// Kelvin sign and K, are the same text;</item>
/// <item>case folded (lower case, plus the full folds lower-casing lacks: ß → ss, final ς → σ);</item>
/// <item>the domain in its IDNA (UTS #46) form;</item>
/// <item>refused: invisible characters (zero-width spaces, joiners, bidi controls), and a local part or domain label
/// mixing Latin letters with letters of another script (the look-alikes of homograph attacks).</item>
/// </list>
/// By hand: .NET has NFKC and IDNA but no case folding or script check, and no obtainable package does this.
/// </summary>
public static class EmailAddresses
{
    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    /// <summary>
    /// The form to look an address up by: its canonical form, or, for text that is no usable address (nobody's
    /// account), the text trimmed and lower-cased, so it is still counted and answered like any unknown address.
    /// </summary>
    public static string LookupForm(string value) => Normalize(value) ?? value.Trim().ToLowerInvariant();

    /// <summary>The canonical form of <paramref name="value"/>, or null when it is not a usable address.</summary>
    public static string? Normalize(string? value)
    {
        if (value is null || value.Any(IsInvisible))
        {
            return null;
        }

        var text = Fold(value.Trim().Normalize(NormalizationForm.FormKC));
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            return null;
        }

        string domain;
        try
        {
            domain = Idn.GetUnicode(Idn.GetAscii(text[(at + 1)..]));
        }
        catch (ArgumentException)
        {
            return null;
        }

        var local = text[..at];
        var address = $"{local}@{domain}";
        return address.Length is > 3 and <= 254
            && MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && parsed.DisplayName.Length == 0
            && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.')
            && !address.Any(char.IsWhiteSpace)
            && !MixesScripts(local) && domain.Split('.').All(label => !MixesScripts(label))
            ? address
            : null;
    }

    private static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower.Contains('ß') || lower.Contains('ς') ? lower.Replace("ß", "ss").Replace('ς', 'σ') : lower;
    }

    private static bool IsInvisible(char character) =>
        InvisibleCharacters.IsControlOrFormat(character) || InvisibleCharacters.IsFiller(character)
        || char.GetUnicodeCategory(character) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>Latin letters beside letters of any other script (Cyrillic а, Greek ο, Armenian օ look like Latin ones).</summary>
    private static bool MixesScripts(string part)
    {
        var letters = part.Where(char.IsLetter).ToList();
        return letters.Any(IsLatin) && !letters.All(IsLatin);
    }

    private static bool IsLatin(char letter) => letter <= '\u024F' || letter is >= '\u1E00' and <= '\u1EFF' || letter is >= '\u2C60' and <= '\u2C7F' || letter is >= '\uA720' and <= '\uA7FF';
}
