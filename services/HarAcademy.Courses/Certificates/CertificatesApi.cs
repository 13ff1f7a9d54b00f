using System.Net;
using System.Security.Claims;
using HarAcademy.Courses.Data;
using HarAcademy.Courses.Extensions;
using HarAcademy.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Certificates;

public sealed record CertificateView(string Number, Guid CourseId, string CourseTitle, string LearnerName, string InstructorName,
    DateTimeOffset IssuedAt, bool Valid, DateTimeOffset? RevokedAt, string VerificationUrl);

/// <summary>A learner's certificates, and the public verification of one by its number (JSON, or a printable page).</summary>
public static class CertificatesApi
{
    public static IEndpointRouteBuilder MapCertificatesApi(this IEndpointRouteBuilder app)
    {
        var certificates = app.MapGroup("/api/v1/certificates").WithTags("Certificates");
        certificates.MapGet("/me", Mine);
        certificates.MapGet("/{number:minlength(10)}", Verify).AllowAnonymous();
        certificates.MapGet("/{number:minlength(10)}/print", Print).AllowAnonymous();
        return app;
    }

    public static async Task<Ok<List<CertificateView>>> Mine(CoursesDbContext database, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var certificates = await database.Certificates.AsNoTracking().Where(c => c.LearnerId == me && c.RevokedAt == null)
            .OrderByDescending(c => c.IssuedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(certificates.Select(View).ToList());
    }

    /// <summary>Anyone holding a number checks it: who, what, when, and whether it still stands (a refund revokes it).</summary>
    public static async Task<Results<Ok<CertificateView>, ProblemHttpResult>> Verify(string number, CoursesDbContext database, CancellationToken cancellationToken) =>
        await FindAsync(number, database, cancellationToken) is { } certificate
            ? TypedResults.Ok(View(certificate))
            : Problems.NotFound("certificate");

    /// <summary>A self-contained A4-landscape page to print or save as PDF; every value HTML-encoded.</summary>
    public static async Task<IResult> Print(string number, CoursesDbContext database, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await FindAsync(number, database, cancellationToken) is not { } certificate)
        {
            return Problems.NotFound("certificate");
        }

        var view = View(certificate);
        string E(string text) => WebUtility.HtmlEncode(text);
        var status = view.Valid ? "" : $"<p class=\"revoked\">Certificat révoqué · Revoked {view.RevokedAt:yyyy-MM-dd}</p>";
        var html = $"""
            <!doctype html>
            <html lang="fr"><head><meta charset="utf-8"><title>{E(view.Number)} · Har Academy</title>
            <style>
              @page {'{'} size: A4 landscape; margin: 0 {'}'}
              body {'{'} font-family: Georgia, serif; margin: 0; display: flex; align-items: center; justify-content: center; min-height: 100vh; background: #f4f1ea; {'}'}
              main {'{'} width: 960px; padding: 64px; border: 12px double #1f4e79; background: #fff; text-align: center; {'}'}
              h1 {'{'} font-size: 44px; color: #1f4e79; margin: 0 0 8px {'}'}
              .name {'{'} font-size: 36px; margin: 32px 0 8px; {'}'} .course {'{'} font-size: 28px; font-style: italic; {'}'}
              .meta {'{'} margin-top: 48px; display: flex; justify-content: space-between; font-size: 16px; {'}'}
              .revoked {'{'} color: #b00020; font-weight: bold; font-size: 22px; {'}'}
            </style></head>
            <body><main>
              <h1>Certificat de réussite</h1><p>Certificate of completion</p>
              {status}
              <p>Har Academy certifie que · certifies that</p>
              <p class="name">{E(view.LearnerName)}</p>
              <p>a suivi avec succès le cours · has completed the course</p>
              <p class="course">{E(view.CourseTitle)}</p>
              <div class="meta">
                <span>Formateur · Instructor : {E(view.InstructorName)}</span>
                <span>{view.IssuedAt:yyyy-MM-dd}</span>
                <span>N° {E(view.Number)}</span>
              </div>
              <p style="font-size:13px;margin-top:24px">Vérifier · Verify: {E(view.VerificationUrl)}</p>
            </main></body></html>
            """;
        // Its own style, nothing else: no script, no image, no frame can run in it.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static Task<Model.Certificate?> FindAsync(string number, CoursesDbContext database, CancellationToken cancellationToken) =>
        CertificateNumbers.Normalize(number) is { } canonical
            ? database.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Number == canonical, cancellationToken)
            : Task.FromResult<Model.Certificate?>(null);

    private static CertificateView View(Model.Certificate certificate) => new(
        certificate.Number, certificate.CourseId, certificate.CourseTitle, certificate.LearnerName, certificate.InstructorName,
        certificate.IssuedAt, certificate.RevokedAt is null, certificate.RevokedAt, $"/certificates/{certificate.Number}");
}
