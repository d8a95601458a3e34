using System.Linq;
using System.Reflection;
using KeyAccount.Domain.Accounts;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

[Trait("Rule", "ACC-09")]
public sealed class PersonalDataTests
{
    private static readonly PersonalDetails Details = new()
    {
        Birthplace = "Wenzhou",
        Age = 45,
        Birthday = new AnnualDate(9, 17),
        Interests = "calligraphy",
        Hobbies = "pu'er tea",
        Tenure = "eleven years",
        Personality = "reserved",
        WorkingStyle = "data first",
        Family = "two daughters",
    };

    private static readonly string[] Secrets = ["Wenzhou", "calligraphy", "pu'er tea", "eleven years", "reserved", "data first", "two daughters", "09-17"];

    private static AccountScenario WithProfile() => Opened().Given(
        new RecordContact(Engineer, "Zhang Min", ContactFunction.Technical),
        new AssignAuthority(Engineer, DecisionArea.TechnicalApproval, Authority.Decision),
        new RecordDecisionMakerProfile(Engineer, Details));

    [Fact]
    public void Every_personal_detail_is_marked_as_personal_data()
    {
        var properties = typeof(PersonalDetails).GetProperties().Where(p => p.Name != nameof(PersonalDetails.IsEmpty));

        Assert.All(properties, p => Assert.NotNull(p.GetCustomAttribute<PersonalDataAttribute>()));
        Assert.NotNull(typeof(Contact).GetProperty(nameof(Contact.Details))!.GetCustomAttribute<PersonalDataAttribute>());
    }

    [Fact]
    public void ToString_of_details_contact_state_and_event_withholds_personal_data()
    {
        var s = WithProfile();
        var texts = new[]
        {
            Details.ToString(),
            s.State.FindContact(Engineer)!.ToString(),
            s.State.ToString(),
            s.History.OfType<DecisionMakerProfileRecorded>().Single().ToString(),
            s.State.Summarize().ToString(),
        };

        foreach (var text in texts)
        {
            Assert.DoesNotContain(Secrets, secret => text.Contains(secret, System.StringComparison.Ordinal));
        }

        Assert.Contains("Zhang Min", texts[1]);
    }

    [Fact]
    public void A_summary_and_its_export_leave_personal_data_out_unless_asked()
    {
        var summary = WithProfile().State.Summarize();

        Assert.False(summary.IncludesPersonalData);
        Assert.All(summary.Contacts, c => Assert.Null(c.Details));
        var json = summary.ToJson();
        Assert.DoesNotContain(Secrets, secret => json.Contains(secret, System.StringComparison.Ordinal));
        Assert.Contains("\"followUp\":\"Key\"", json);
    }

    [Fact]
    public void A_summary_asked_for_personal_data_includes_it()
    {
        var summary = WithProfile().State.Summarize(includePersonalData: true);

        Assert.True(summary.IncludesPersonalData);
        Assert.Equal(Details, summary.Contacts.Single().Details);
        Assert.Contains("Wenzhou", summary.ToJson());
    }
}
