using HarAcademy.Auth.Data;
using HarAcademy.Auth.Model;
using HarAcademy.Auth.Tokens;
using Microsoft.Extensions.Options;

namespace HarAcademy.Auth.Email;

/// <summary>
/// Makes a single-use token and the email carrying its link, both added to the context so they are committed with
/// the change that asked for them. Messages are in the user's language (French first).
/// </summary>
public sealed class AccountEmails(AuthDbContext database, IOptions<AuthOptions> options, TimeProvider clock)
{
    public void QueueVerification(User user) =>
        Queue(user, TokenPurposes.VerifyEmail, options.Value.EmailVerificationLifetime, "verify-email",
            user.Language == "en" ? "Confirm your email address" : "Confirmez votre adresse e-mail",
            user.Language == "en"
                ? "Welcome to Har Academy! Confirm your address by opening this link (valid 48 hours):"
                : "Bienvenue sur Har Academy ! Confirmez votre adresse en ouvrant ce lien (valable 48 heures) :");

    public void QueuePasswordReset(User user) =>
        Queue(user, TokenPurposes.PasswordReset, options.Value.PasswordResetLifetime, "reset-password",
            user.Language == "en" ? "Reset your password" : "Réinitialisez votre mot de passe",
            user.Language == "en"
                ? "Someone asked to reset your Har Academy password. If it was you, open this link (valid 30 minutes); otherwise ignore this email:"
                : "Une réinitialisation de votre mot de passe Har Academy a été demandée. Si c'est vous, ouvrez ce lien (valable 30 minutes) ; sinon, ignorez ce message :");

    private void Queue(User user, string purpose, TimeSpan lifetime, string page, string subject, string intro)
    {
        var token = OpaqueToken.New();
        var now = clock.GetUtcNow();
        database.OneTimeTokens.Add(new OneTimeToken
        {
            UserId = user.Id,
            Purpose = purpose,
            TokenHash = OpaqueToken.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        });
        database.EmailMessages.Add(new EmailMessage
        {
            To = user.Email,
            Subject = subject,
            Body = $"{intro}\n\n{options.Value.PublicWebUrl.TrimEnd('/')}/{page}?token={token}\n",
            CreatedAt = now,
        });
    }
}
