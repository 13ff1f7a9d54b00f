using HarAcademy.Courses.Model;
using HarAcademy.EventBus.Inbox;
using HarAcademy.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HarAcademy.Courses.Data;

public sealed class CoursesDbContext(DbContextOptions<CoursesDbContext> options) : DbContext(options)
{
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseModule> Modules => Set<CourseModule>();
    public DbSet<Lesson> Lessons => Set<Lesson>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();
    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<MediaAsset> MediaAssets => Set<MediaAsset>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<SubscriptionAccess> SubscriptionAccess => Set<SubscriptionAccess>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Course>(course =>
        {
            course.HasKey(c => c.Id);
            course.Property(c => c.Title).HasMaxLength(200);
            course.Property(c => c.Subtitle).HasMaxLength(300);
            course.Property(c => c.Description).HasMaxLength(10_000);
            course.Property(c => c.Language).HasMaxLength(5);
            course.Property(c => c.Domain).HasMaxLength(20);
            course.Property(c => c.Category).HasMaxLength(50);
            course.Property(c => c.Level).HasMaxLength(20);
            course.Property(c => c.Status).HasMaxLength(20);
            course.Property(c => c.InstructorName).HasMaxLength(200);
            course.Property(c => c.ThumbnailUrl).HasMaxLength(2048);
            course.Property(c => c.AverageRating).HasPrecision(3, 2);
            course.ComplexProperty(c => c.Price, price =>
            {
                price.Property(p => p.Amount).HasColumnName("price_amount").HasPrecision(10, 2);
                price.Property(p => p.Currency).HasColumnName("price_currency").HasMaxLength(3);
                price.Property(p => p.PricingModel).HasColumnName("pricing_model").HasMaxLength(20);
            });
            course.Property(c => c.Version).IsRowVersion();
            // French or English stemming by the course's language, accents folded (CatalogSearch.Configurations).
            course.Property(c => c.SearchVector).HasComputedColumnSql(CatalogSearchSql.VectorExpression, stored: true);
            course.HasIndex(c => c.SearchVector).HasMethod("gin");
            course.HasIndex(c => c.Stack).HasMethod("gin");
            course.HasIndex(c => c.InstructorId);
            // The catalog only ever lists published courses: partial indexes stay small and match every catalog query.
            course.HasIndex(c => new { c.Domain, c.PublishedAt }).HasFilter("status = 'published'");
            course.HasIndex(c => c.PublishedAt).HasFilter("status = 'published'").HasDatabaseName("ix_courses_published_newest");
            course.HasIndex(c => c.EnrollmentsCount).HasFilter("status = 'published'").HasDatabaseName("ix_courses_published_popular");
            course.HasIndex(c => c.AverageRating).HasFilter("status = 'published'").HasDatabaseName("ix_courses_published_rating");
            course.HasMany(c => c.Modules).WithOne().HasForeignKey(m => m.CourseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CourseModule>(module =>
        {
            module.ToTable("modules");
            module.HasKey(m => m.Id);
            module.Property(m => m.Title).HasMaxLength(200);
            module.Property(m => m.Description).HasMaxLength(2000);
            module.HasIndex(m => new { m.CourseId, m.Position });
            module.HasMany(m => m.Lessons).WithOne().HasForeignKey(l => l.ModuleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Lesson>(lesson =>
        {
            lesson.HasKey(l => l.Id);
            lesson.Property(l => l.Title).HasMaxLength(200);
            lesson.Property(l => l.Type).HasMaxLength(20);
            lesson.HasIndex(l => new { l.CourseId, l.ModuleId, l.Position });
            lesson.HasOne<Course>().WithMany().HasForeignKey(l => l.CourseId).OnDelete(DeleteBehavior.Cascade);
            lesson.OwnsOne(l => l.Video, video => video.ToJson());
            lesson.OwnsOne(l => l.Quiz, quiz =>
            {
                quiz.ToJson();
                quiz.OwnsMany(q => q.Questions);
            });
            lesson.OwnsOne(l => l.Exercise, exercise => exercise.ToJson());
            lesson.OwnsMany(l => l.Resources, resource => resource.ToJson());
        });

        modelBuilder.Entity<Enrollment>(enrollment =>
        {
            enrollment.HasKey(e => e.Id);
            // One enrollment per learner and course: two simultaneous enrollments meet here, and one wins.
            enrollment.HasIndex(e => new { e.CourseId, e.LearnerId }).IsUnique();
            enrollment.HasIndex(e => new { e.LearnerId, e.LastAccessedAt });
            enrollment.Property(e => e.Status).HasMaxLength(20);
            enrollment.Property(e => e.Source).HasMaxLength(20);
            enrollment.Property(e => e.ProgressPercentage).HasPrecision(5, 2);
            enrollment.HasOne(e => e.Course).WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<LessonProgress>(progress =>
        {
            progress.ToTable("lesson_progress");
            progress.HasKey(p => new { p.EnrollmentId, p.LessonId });
            progress.HasIndex(p => p.LessonId);
            progress.Property(p => p.QuizBestScore).HasPrecision(5, 2);
            progress.HasOne<Enrollment>().WithMany().HasForeignKey(p => p.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
            progress.HasOne<Lesson>().WithMany().HasForeignKey(p => p.LessonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<QuizAttempt>(attempt =>
        {
            attempt.HasKey(a => a.Id);
            attempt.HasIndex(a => new { a.LessonId, a.LearnerId, a.Number }).IsUnique();
            attempt.HasIndex(a => a.CourseId);
            attempt.Property(a => a.Score).HasPrecision(5, 2);
            attempt.Property(a => a.AnswersJson).HasColumnType("jsonb");
            attempt.HasOne<Lesson>().WithMany().HasForeignKey(a => a.LessonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Review>(review =>
        {
            review.HasKey(r => r.Id);
            review.HasIndex(r => new { r.CourseId, r.LearnerId }).IsUnique();
            review.HasIndex(r => new { r.CourseId, r.CreatedAt });
            review.Property(r => r.Text).HasMaxLength(5000);
            review.Property(r => r.LearnerName).HasMaxLength(200);
            review.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Certificate>(certificate =>
        {
            certificate.HasKey(c => c.Id);
            certificate.HasIndex(c => c.Number).IsUnique();
            certificate.HasIndex(c => c.EnrollmentId).IsUnique();
            certificate.HasIndex(c => c.LearnerId);
            certificate.Property(c => c.Number).HasMaxLength(40);
            certificate.Property(c => c.LearnerName).HasMaxLength(200);
            certificate.Property(c => c.CourseTitle).HasMaxLength(200);
            certificate.Property(c => c.InstructorName).HasMaxLength(200);
        });

        modelBuilder.Entity<MediaAsset>(media =>
        {
            media.HasKey(m => m.Id);
            media.HasIndex(m => m.CourseId);
            media.Property(m => m.Kind).HasMaxLength(10);
            media.Property(m => m.ContentType).HasMaxLength(100);
            media.Property(m => m.FileName).HasMaxLength(255);
            media.Property(m => m.StorageKey).HasMaxLength(200);
            media.HasOne<Course>().WithMany().HasForeignKey(m => m.CourseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Person>(person =>
        {
            person.ToTable("people");
            person.HasKey(p => p.Id);
            person.Property(p => p.Id).ValueGeneratedNever();
            person.Property(p => p.DisplayName).HasMaxLength(200);
            person.Property(p => p.Role).HasMaxLength(20);
        });

        modelBuilder.Entity<SubscriptionAccess>(access =>
        {
            access.ToTable("subscription_access");
            access.HasKey(a => a.UserId);
            access.Property(a => a.UserId).ValueGeneratedNever();
            access.Property(a => a.Plan).HasMaxLength(20);
            access.Property(a => a.Grants).HasMaxLength(30);
            access.Property(a => a.Status).HasMaxLength(20);
        });

        modelBuilder.AddOutbox();
        modelBuilder.AddInbox();
    }
}
