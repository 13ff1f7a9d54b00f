using System.Globalization;
using System.Text;
using HarAcademy.Courses.Model;

namespace HarAcademy.Courses.Learning;

public sealed record QuizAnswer(Guid QuestionId, int[]? Selected, bool? Value, string? Text);

/// <summary>One question's grading; the answer fields are filled only when the quiz is behind the learner (QuizApi).</summary>
public sealed record GradedQuestion(Guid QuestionId, bool Correct, int Points, int Earned, string Explanation, IReadOnlyList<int>? CorrectOptions, bool? CorrectBoolean, IReadOnlyList<string>? AcceptedAnswers);

/// <summary>Grades an attempt on the server: the learner sends choices, never sees answers before submitting.</summary>
public static class QuizGrader
{
    /// <summary>(score 0-100, graded questions); a question left unanswered earns nothing.</summary>
    public static (decimal Score, List<GradedQuestion> Questions) Grade(QuizContent quiz, IReadOnlyList<QuizAnswer> answers)
    {
        var byQuestion = answers.GroupBy(answer => answer.QuestionId).ToDictionary(group => group.Key, group => group.Last());
        var graded = new List<GradedQuestion>();
        foreach (var question in quiz.Questions)
        {
            byQuestion.TryGetValue(question.Id, out var answer);
            var correct = answer is not null && IsCorrect(question, answer);
            graded.Add(new GradedQuestion(question.Id, correct, question.Points, correct ? question.Points : 0, question.Explanation,
                question.Type is QuestionTypes.SingleChoice or QuestionTypes.MultipleChoice ? question.CorrectOptions : null,
                question.Type == QuestionTypes.TrueFalse ? question.CorrectBoolean : null,
                question.Type == QuestionTypes.ShortAnswer ? question.AcceptedAnswers : null));
        }

        var total = graded.Sum(question => question.Points);
        var score = total == 0 ? 0 : Math.Round(100m * graded.Sum(question => question.Earned) / total, 2);
        return (score, graded);
    }

    private static bool IsCorrect(QuizQuestion question, QuizAnswer answer) => question.Type switch
    {
        QuestionTypes.SingleChoice or QuestionTypes.MultipleChoice =>
            answer.Selected is { } selected && selected.Distinct().Order().SequenceEqual(question.CorrectOptions.Order()),
        QuestionTypes.TrueFalse => answer.Value is { } value && value == question.CorrectBoolean,
        QuestionTypes.ShortAnswer => answer.Text is { } text && question.AcceptedAnswers.Any(accepted => Fold(accepted) == Fold(text)),
        _ => false,
    };

    /// <summary>"  Élève " and "eleve" are the same answer: case, accents and surrounding or repeated spaces do not count.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var isSpace = char.IsWhiteSpace(character);
            if (!(isSpace && lastWasSpace))
            {
                folded.Append(isSpace ? ' ' : char.ToLowerInvariant(character));
            }

            lastWasSpace = isSpace;
        }

        return folded.ToString();
    }
}
