using System.Globalization;

namespace HarAcademy.Auth.Security;

/// <summary>Characters that show nothing, which names and emails must not be made of (<see cref="PersonNameAttribute"/>, <see cref="EmailAddresses"/>).</summary>
internal static class InvisibleCharacters
{
    /// <summary>Controls and formatting characters: zero-width spaces and joiners, bidirectional overrides, the BOM.</summary>
    public static bool IsControlOrFormat(char character) => char.GetUnicodeCategory(character) is UnicodeCategory.Control or UnicodeCategory.Format;

    /// <summary>The Hangul fillers: letters by their category, blank on screen.</summary>
    public static bool IsFiller(char character) => character is '\u3164' or '\u115F' or '\u1160' or '\uFFA0';
}
