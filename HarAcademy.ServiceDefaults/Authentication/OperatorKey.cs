using System.Security.Cryptography;
using System.Text;

namespace HarAcademy.ServiceDefaults.Authentication;

/// <summary>
/// The keys that open a service's <c>/internal</c> doors (the dashboard's commands, one service asking another), a path
/// the gateway never routes: sent in one header, compared in constant time, refused when none is configured.
/// </summary>
public static class OperatorKey
{
    public const string HeaderName = "X-Har-Operator-Key";

    public static bool Matches(string? expected, string given) =>
        !string.IsNullOrEmpty(expected) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
