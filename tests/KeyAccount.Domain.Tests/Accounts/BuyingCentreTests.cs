using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

[Trait("Rule", "ACC-08")]
public sealed class BuyingCentreTests
{
    private static AccountScenario WithContacts() => Opened().Given(
        new RecordContact(Buyer, "Li Wei", ContactFunction.Purchasing, IsInsider: true),
        new RecordContact(Engineer, "Zhang Min", ContactFunction.Technical),
        new RecordContact(Boss, "Wang Jun", ContactFunction.Owner));

    [Fact]
    public void Authority_is_held_per_area_buyer_advises_and_owner_decides_in_one_company()
    {
        var s = WithContacts().Given(
            new AssignAuthority(Buyer, DecisionArea.SupplierChoice, Authority.Advisory),
            new AssignAuthority(Boss, DecisionArea.SupplierChoice, Authority.Decision),
            new AssignAuthority(Engineer, DecisionArea.TechnicalApproval, Authority.Decision));

        var centre = s.State.BuyingCentre;
        Assert.Equal(Boss, centre.DecisionHolder(DecisionArea.SupplierChoice));
        Assert.Equal(Engineer, centre.DecisionHolder(new DecisionArea(" Technical Approval ")));
        Assert.Equal(Authority.Advisory, centre.AuthorityOf(Buyer, DecisionArea.SupplierChoice));
        Assert.Equal(Authority.None, centre.AuthorityOf(Buyer, DecisionArea.Price));
        Assert.Null(centre.DecisionHolder(DecisionArea.Price));
    }

    [Fact]
    public void An_area_has_at_most_one_decision_holder()
    {
        var s = WithContacts().Given(new AssignAuthority(Boss, DecisionArea.SupplierChoice, Authority.Decision));

        var error = DecisionAssert.Rejected(s.When(new AssignAuthority(Buyer, DecisionArea.SupplierChoice, Authority.Decision)), "ACC-08", "account.area_has_decision_holder");

        Assert.Equal("Wang Jun", error.Detail<string>("holder"));
    }

    [Fact]
    public void Decision_authority_moves_once_the_holder_gives_it_up()
    {
        var s = WithContacts().Given(
            new AssignAuthority(Boss, DecisionArea.SupplierChoice, Authority.Decision),
            new AssignAuthority(Boss, DecisionArea.SupplierChoice, Authority.Advisory));

        DecisionAssert.Single<AccountEvent, AuthorityAssigned>(s.When(new AssignAuthority(Buyer, DecisionArea.SupplierChoice, Authority.Decision)));
    }

    [Fact]
    public void Contacts_with_any_authority_are_key_follow_ups_and_others_are_not()
    {
        var s = WithContacts().Given(new AssignAuthority(Buyer, DecisionArea.Price, Authority.Advisory));

        Assert.Equal(FollowUpClass.Key, s.State.FollowUpOf(Buyer));
        Assert.Equal(FollowUpClass.NonKey, s.State.FollowUpOf(Engineer));

        s.Given(new AssignAuthority(Buyer, DecisionArea.Price, Authority.None));
        Assert.Equal(FollowUpClass.NonKey, s.State.FollowUpOf(Buyer));
    }

    [Fact]
    public void Assigning_the_authority_a_contact_already_has_changes_nothing()
    {
        var s = WithContacts().Given(new AssignAuthority(Buyer, DecisionArea.Price, Authority.Advisory));

        Assert.Empty(DecisionAssert.Accepted(s.When(new AssignAuthority(Buyer, DecisionArea.Price, Authority.Advisory))));
    }

    [Fact]
    public void Authority_goes_only_to_a_known_contact()
    {
        DecisionAssert.Rejected(Opened().When(new AssignAuthority(Buyer, DecisionArea.Price, Authority.Decision)), "ACC-08", "account.contact_unknown");
    }

    [Fact]
    public void A_contact_needs_a_name()
    {
        DecisionAssert.Rejected(Opened().When(new RecordContact(Buyer, " ", ContactFunction.Purchasing)), "ACC-08", "account.field_required");
    }

    [Fact]
    public void Recording_a_contact_again_updates_it()
    {
        var s = WithContacts().Given(new RecordContact(Engineer, "Zhang Min", ContactFunction.Technical, IsInsider: true));

        Assert.Equal(3, s.State.Contacts.Count);
        Assert.True(s.State.FindContact(Engineer)!.IsInsider);
    }
}
