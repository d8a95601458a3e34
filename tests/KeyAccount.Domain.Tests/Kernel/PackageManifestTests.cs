using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>The hand-written nuspec must say what the project actually depends on.</summary>
public sealed class PackageManifestTests
{
    private static readonly string Root = DiagramFiles.RepositoryRoot();

    [Fact]
    public void The_nuspec_dependency_groups_match_the_central_package_versions()
    {
        var central = XDocument.Load(Path.Combine(Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
        var project = XDocument.Load(Path.Combine(Root, "src", "KeyAccount.Domain", "KeyAccount.Domain.csproj"));
        var referenced = project.Descendants("PackageReference").Select(e => (string)e.Attribute("Include")!).Order().ToList();
        var frameworks = ((string)project.Descendants("TargetFrameworks").Single()).Split(';');

        XNamespace ns = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";
        var groups = XDocument.Load(Path.Combine(Root, "KeyAccount.Domain.nuspec")).Descendants(ns + "group").ToList();

        Assert.Equal(frameworks.Order(), groups.Select(g => (string)g.Attribute("targetFramework")!).Order());
        foreach (var group in groups)
        {
            var dependencies = group.Elements(ns + "dependency").ToDictionary(d => (string)d.Attribute("id")!, d => (string)d.Attribute("version")!);
            Assert.Equal(referenced, dependencies.Keys.Order());
            foreach (var (id, range) in dependencies)
            {
                var version = central[id];
                var major = int.Parse(version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal($"[{version}, {major + 1}.0.0)", range);
            }
        }
    }

    [Fact]
    public void The_nuspec_packs_both_target_frameworks_with_their_xml_docs()
    {
        var text = File.ReadAllText(Path.Combine(Root, "KeyAccount.Domain.nuspec"));
        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains($"$bin$/{tfm}/KeyAccount.Domain.dll\" target=\"lib/{tfm}\"", text, StringComparison.Ordinal);
            Assert.Contains($"$bin$/{tfm}/KeyAccount.Domain.xml\" target=\"lib/{tfm}\"", text, StringComparison.Ordinal);
        }
    }
}
