using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Accounts;

[Trait("Rule", "GEN-07")]
public sealed class AccountMessagesTests
{
    private static string[] Keys(string file) =>
        XDocument.Load(Path.Combine(DiagramFiles.RepositoryRoot(), "src", "KeyAccount.Domain", "Resources", file))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToArray();

    [Fact]
    public void English_and_Chinese_resources_have_the_same_keys()
    {
        Assert.Equal(Keys("Accounts.resx").Order(), Keys("Accounts.zh-Hans.resx").Order());
    }

    [Fact]
    public void Every_code_the_family_uses_has_a_template_in_both_languages()
    {
        var source = string.Join("\n", Directory.GetFiles(Path.Combine(DiagramFiles.RepositoryRoot(), "src", "KeyAccount.Domain", "Accounts"), "*.cs").Select(File.ReadAllText));
        var codes = Regex.Matches(source, "\"((?:account|visit)\\.[a-z_.]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(codes);
        foreach (var code in codes)
        {
            Assert.False(string.IsNullOrWhiteSpace(AccountsMessages.Source.Template(code, CultureInfo.GetCultureInfo("en"))), code);
            var zh = AccountsMessages.Source.Template(code, CultureInfo.GetCultureInfo("zh-CN"));
            Assert.NotEqual(AccountsMessages.Source.Template(code, CultureInfo.GetCultureInfo("en")), zh);
        }
    }

    [Fact]
    public void A_rejection_speaks_Chinese_to_a_Chinese_caller_with_the_same_rule_and_code()
    {
        var error = AccountScenario.Opened().When(new AdvanceStage(AccountStage.SamplesAndIntelligence)).Error;

        Assert.Equal("客户尚未开立。", new AccountScenario().When(new StateNeeds("x")).Error.GetMessage(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.StartsWith("客户尚不能离开“确定开发对象”阶段(缺少 2 项): 未记录客户经营概况", error.GetMessage(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("ACC-03", error.RuleId.Value);
    }
}
