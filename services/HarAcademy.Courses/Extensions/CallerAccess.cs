using System.Security.Claims;
using HarAcademy.Courses.Model;
using HarAcademy.ServiceDefaults.Authentication;

namespace HarAcademy.Courses.Extensions;

/// <summary>Who the caller is, as far as this service's rules go (from the validated access token).</summary>
public static class CallerAccess
{
    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    public static bool IsInstructor(this ClaimsPrincipal user) => user.IsInRole(Roles.Instructor) || user.IsAdmin();

    /// <summary>The course's own instructor, or an admin.</summary>
    public static bool CanEdit(this ClaimsPrincipal user, Course course) =>
        user.Identity?.IsAuthenticated == true && (user.IsAdmin() || course.InstructorId == user.UserId());

    public static Guid? OptionalUserId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.UserId() is var id && id != Guid.Empty ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirst("name")?.Value ?? "";
}
