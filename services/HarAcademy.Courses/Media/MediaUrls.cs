using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HarAcademy.Courses.Media;

/// <summary>
/// Turns a lesson's <c>media:{id}</c> into a URL a browser can play: a video element sends no token, so the URL
/// itself carries a short-lived HMAC signature of (course, media, expiry). Expiries are rounded up to the hour so a
/// page's URLs stay the same, and cacheable, for a while.
/// </summary>
public sealed class MediaUrls
{
    private readonly byte[] _key;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;

    public MediaUrls(IOptions<MediaOptions> options, TimeProvider clock, ILogger<MediaUrls> logger)
    {
        _clock = clock;
        _lifetime = options.Value.UrlLifetime;
        if (options.Value.SigningKey is { Length: >= 16 } key)
        {
            _key = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        }
        else
        {
            // Fine for one process; replicas need the shared key the AppHost generates.
            _key = RandomNumberGenerator.GetBytes(32);
            logger.LogWarning("Media:SigningKey is not set: media URLs are signed with a key of this process only");
        }
    }

    public string? Playable(Guid courseId, string? url)
    {
        if (url is null || !url.StartsWith("media:", StringComparison.Ordinal) || !Guid.TryParse(url.AsSpan(6), out var mediaId))
        {
            return url;
        }

        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        var expires = (now + (long)_lifetime.TotalSeconds + 3599) / 3600 * 3600;
        return $"/api/v1/courses/{courseId}/media/{mediaId}?expires={expires}&signature={Sign(courseId, mediaId, expires)}";
    }

    public bool Verify(Guid courseId, Guid mediaId, long? expires, string? signature)
    {
        if (expires is not { } at || signature is null || at < _clock.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(courseId, mediaId, at)), Encoding.ASCII.GetBytes(signature));
    }

    private string Sign(Guid courseId, Guid mediaId, long expires) =>
        Base64Url(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{courseId:N}/{mediaId:N}/{expires}"))));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
