using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HarAcademy.Auth.Data;
using HarAcademy.Auth.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HarAcademy.Auth.Tests.Infrastructure.Accounts;

namespace HarAcademy.Auth.Tests.Api;

public sealed class RegistrationTests(AuthHostFixture fixture) : IClassFixture<AuthHostFixture>
{
    private readonly HttpClient _client = fixture.Host.CreateBrowser();

    [Fact]
    public async Task Registering_signs_in_lowercases_the_email_and_sends_a_verification_email()
    {
        var email = NewEmail("Mixed.Case");
        var session = await RegisterAsync(_client, email.ToUpperInvariant());

        Assert.Equal("Bearer", session.GetProperty("token_type").GetString());
        Assert.Equal(900, session.GetProperty("expires_in").GetInt32());
        var user = session.GetProperty("user");
        Assert.Equal(email.ToLowerInvariant(), user.GetProperty("email").GetString());
        Assert.Equal("learner", user.GetProperty("role").GetString());
        Assert.False(user.GetProperty("email_verified").GetBoolean());
        Assert.DoesNotContain("password", user.GetRawText(), StringComparison.OrdinalIgnoreCase);

        using var me = await SendAsync(_client, HttpMethod.Get, "/api/v1/users/me", session.AccessToken());
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);

        var (subject, token) = await fixture.Host.LatestEmailAsync(email.ToLowerInvariant());
        Assert.Equal("Confirmez votre adresse e-mail", subject);
        using var verified = await _client.PostAsJsonAsync("/api/v1/auth/verify-email", new { token }, Cancel);
        Assert.Equal(HttpStatusCode.NoContent, verified.StatusCode);
        var after = await (await SendAsync(_client, HttpMethod.Get, "/api/v1/users/me", session.AccessToken())).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(after.GetProperty("email_verified").GetBoolean());

        using var again = await _client.PostAsJsonAsync("/api/v1/auth/verify-email", new { token }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True((await ProblemAsync(again)).GetProperty("errors").TryGetProperty("token", out _));
    }

    [Fact]
    public async Task The_same_email_twice_is_a_409()
    {
        var email = NewEmail();
        await RegisterAsync(_client, email);
        using var response = await _client.PostAsJsonAsync("/api/v1/auth/register",
            new { email = email.ToUpperInvariant(), password = GoodPassword, first_name = "B", last_name = "C" }, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(409, (await ProblemAsync(response)).GetProperty("status").GetInt32());
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"email":"not-an-email","password":"Correct-Horse-Battery-9","first_name":"A","last_name":"B"}""", "email" },
        { """{"email":"a@b","password":"Correct-Horse-Battery-9","first_name":"A","last_name":"B"}""", "email" },
        { """{"email":"Ada <ada@example.com>","password":"Correct-Horse-Battery-9","first_name":"A","last_name":"B"}""", "email" },
        { """{"email":"short@example.com","password":"short","first_name":"A","last_name":"B"}""", "password" },
        { """{"email":"common@example.com","password":"Password123","first_name":"A","last_name":"B"}""", "password" },
        { """{"email":"johnny.walker@example.com","password":"johnny.walker-2026","first_name":"A","last_name":"B"}""", "password" },
        { """{"email":"missing@example.com","password":"Correct-Horse-Battery-9","first_name":"A"}""", "last_name" },
        { """{"email":"empty@example.com","password":"Correct-Horse-Battery-9","first_name":"","last_name":"B"}""", "first_name" },
        { $$"""{"email":"long@example.com","password":"Correct-Horse-Battery-9","first_name":"{{new string('a', 101)}}","last_name":"B"}""", "first_name" },
        { """{"email":"lang@example.com","password":"Correct-Horse-Battery-9","first_name":"A","last_name":"B","language":"de"}""", "language" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_fields_are_a_400_naming_the_field_and_nothing_is_written(string body, string field)
    {
        using var response = await _client.PostAsync("/api/v1/auth/register", new StringContent(body, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
        var email = JsonDocument.Parse(body).RootElement.GetProperty("email").GetString()!.ToLowerInvariant();
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AuthDbContext>().Users.AnyAsync(user => user.Email == email, Cancel));
    }

    [Theory]
    [InlineData("""{"email":"x@example.com","password":"Correct-Horse-Battery-9","first_name":"A","last_name":"B","role":"admin"}""", "Unknown field 'role'")]
    [InlineData("""{"email":42,"password":"Correct-Horse-Battery-9","first_name":"A","last_name":"B"}""", "$.email")]
    [InlineData("""{"email":"x@example.com",""", "Invalid JSON")]
    [InlineData("""[]""", "Invalid JSON")]
    public async Task Unreadable_bodies_are_a_400_saying_what_is_wrong(string body, string expected)
    {
        using var response = await _client.PostAsync("/api/v1/auth/register", new StringContent(body, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    // "Also close": one address typed differently is one account (no second account, and the sign-in works either way).
    [Theory]
    [InlineData("jos\u00E9", "jose\u0301")]          // precomposed é, and e + combining accent
    [InlineData("ada", "\uFF41\uFF44\uFF41")]        // full-width letters
    [InlineData("kelvin", "\u212Aelvin")]              // the Kelvin sign
    [InlineData("strasse", "STRA\u00DFE")]             // ß folds to ss
    public async Task An_address_written_another_way_is_the_same_account(string registered, string typed)
    {
        var stamp = Guid.NewGuid().ToString("N")[..8];
        var domain = $"{stamp}.example.com";
        await RegisterAsync(fixture.Host.CreateBrowser(), $"{registered}@{domain}");

        using var again = await fixture.Host.CreateBrowser().PostAsJsonAsync("/api/v1/auth/register",
            new { email = $"{typed}@{domain}", password = GoodPassword, first_name = "A", last_name = "B" }, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var login = await LoginAsync(fixture.Host.CreateBrowser(), $"{typed}@{domain}", GoodPassword);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task An_international_domain_is_the_same_in_unicode_and_in_punycode()
    {
        var local = $"idn-{Guid.NewGuid():N}";
        await RegisterAsync(fixture.Host.CreateBrowser(), $"{local}@ex\u00E4mple.com");
        using var again = await fixture.Host.CreateBrowser().PostAsJsonAsync("/api/v1/auth/register",
            new { email = $"{local}@xn--exmple-cua.com", password = GoodPassword, first_name = "A", last_name = "B" }, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData("ad\u200Bmin@example.com")]   // a zero-width space
    [InlineData("admin\u202E@example.com")]   // a right-to-left override
    [InlineData("p\u0430ypal@example.com")]   // a Cyrillic а among Latin letters
    [InlineData("admin@ex\u0430mple.com")]    // the same in the domain
    [InlineData("g\u0585ogle@example.com")]   // an Armenian օ among Latin letters
    public async Task Addresses_that_could_pass_for_another_are_refused(string email)
    {
        using var response = await _client.PostAsJsonAsync("/api/v1/auth/register",
            new { email, password = GoodPassword, first_name = "A", last_name = "B" }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("email", out _));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\u200B\u200B")]   // zero-width spaces
    [InlineData("\u3164")]          // a Hangul filler: a letter that shows nothing
    [InlineData("Ada\u200D")]       // an invisible joiner inside
    public async Task Blank_or_invisible_names_are_refused_at_sign_up_and_at_profile_update(string name)
    {
        using var signUp = await _client.PostAsJsonAsync("/api/v1/auth/register",
            new { email = NewEmail(), password = GoodPassword, first_name = name, last_name = "B" }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, signUp.StatusCode);
        Assert.True((await ProblemAsync(signUp)).GetProperty("errors").TryGetProperty("first_name", out _));

        var session = await RegisterAsync(fixture.Host.CreateBrowser());
        using var update = await SendAsync(_client, HttpMethod.Patch, "/api/v1/users/me", session.AccessToken(), new { last_name = name });
        Assert.Equal(HttpStatusCode.BadRequest, update.StatusCode);
        Assert.True((await ProblemAsync(update)).GetProperty("errors").TryGetProperty("last_name", out _));
    }

    [Theory]
    [InlineData("1234567890")]
    [InlineData("qwertyuiop")]
    [InlineData("Password123!")]
    [InlineData("iloveyou2026")]
    [InlineData("P@ssw0rd2020")]
    [InlineData("aaaaaaaaaaaa")]
    public async Task Common_and_easily_guessed_passwords_are_refused(string password)
    {
        using var response = await _client.PostAsJsonAsync("/api/v1/auth/register",
            new { email = NewEmail(), password, first_name = "A", last_name = "B" }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Injection_strings_are_stored_and_returned_as_plain_text()
    {
        var session = await RegisterWithNamesAsync("Robert'); DROP TABLE users;--", "<script>alert(1)</script>");
        var user = session.GetProperty("user");
        Assert.Equal("Robert'); DROP TABLE users;--", user.GetProperty("first_name").GetString());
        Assert.Equal("<script>alert(1)</script>", user.GetProperty("last_name").GetString());
        await RegisterAsync(_client); // the users table is, of course, still there
    }

    [Fact]
    public void Bcrypt_work_factor_defaults_to_12()
    {
        Assert.Equal(12, new HarAcademy.Auth.Tokens.AuthOptions().BcryptWorkFactor);
        var hasher = new HarAcademy.Auth.Security.PasswordHasher(Microsoft.Extensions.Options.Options.Create(new HarAcademy.Auth.Tokens.AuthOptions()));
        var hash = hasher.Hash(GoodPassword);
        Assert.StartsWith("$2a$12$", hash);
        Assert.True(hasher.Verify(GoodPassword, hash));
        Assert.False(hasher.Verify(GoodPassword + "!", hash));
    }

    private async Task<JsonElement> RegisterWithNamesAsync(string firstName, string lastName)
    {
        using var response = await _client.PostAsJsonAsync("/api/v1/auth/register",
            new { email = NewEmail(), password = GoodPassword, first_name = firstName, last_name = lastName }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }
}

/// <summary>"Also close": the 10,000 most common passwords are refused, whatever their length.</summary>
public sealed class CommonPasswordTests
{
    [Fact]
    public void Every_one_of_the_10000_most_common_passwords_is_refused()
    {
        // The ranked list zxcvbn ships (30,000 leaked passwords, most common first).
        using var stream = typeof(Zxcvbn.Zxcvbn).Assembly.GetManifestResourceStream("zxcvbn-core.Dictionaries.passwords.lst")!;
        using var reader = new StreamReader(stream);
        var policy = new HarAcademy.Auth.Security.PasswordPolicy();
        var accepted = new List<string>();
        for (var rank = 1; rank <= 10_000 && reader.ReadLine() is { } password; rank++)
        {
            if (policy.Check(password) is null)
            {
                accepted.Add(password);
            }
        }

        Assert.Empty(accepted);
    }

    [Theory]
    [InlineData("Correct-Horse-Battery-9")]
    [InlineData("velvet tangerine orbit 42")]
    [InlineData("Mon cours préféré: la statistique!")]
    public void Long_unpredictable_passwords_are_accepted(string password) =>
        Assert.Null(new HarAcademy.Auth.Security.PasswordPolicy().Check(password, "ada@example.com", "Ada", "Lovelace"));
}
