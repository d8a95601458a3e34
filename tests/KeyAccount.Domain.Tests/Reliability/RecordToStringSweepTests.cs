using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Subscriptions;
using Xunit;
using Xunit.Abstractions;

namespace KeyAccount.Domain.Tests.Reliability;

/// <summary>
/// GEN-10 and ACC-09 for <c>ToString</c>: every public record type of the package is built by reflection from its
/// widest public constructor and its settable properties, with a distinctive planted value in every text marked
/// <see cref="PersonalDataAttribute"/> (at any depth: a subscription event's customers, a form's phone number, a
/// decision maker's details) and ordinary values elsewhere; its <c>ToString</c> must show none of the planted values.
/// </summary>
[Trait("Rule", "GEN-10")]
[Trait("Rule", "ACC-09")]
public sealed class RecordToStringSweepTests(ITestOutputHelper output)
{
    [Fact]
    public void No_public_record_shows_planted_personal_data_in_its_ToString()
    {
        var records = typeof(AggregateCatalogue).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition && t.GetMethod("<Clone>$") is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        var planted = new List<string>();
        var built = 0;
        var failed = new List<string>();
        foreach (var type in records)
        {
            var planter = new Planter();
            object? value;
            try
            {
                value = planter.Create(type, marked: false, depth: 0);
            }
            catch (Exception e) when (e is TargetInvocationException or ArgumentException or InvalidOperationException)
            {
                failed.Add($"{type.Name}: {(e.InnerException ?? e).Message}");
                continue;
            }

            if (value is null)
            {
                failed.Add($"{type.Name}: no public constructor");
                continue;
            }

            built++;
            if (planter.Planted.Count > 0)
            {
                planted.Add(type.Name);
            }

            var text = value.ToString()!;
            foreach (var secret in planter.Planted)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{type.Name}.ToString() shows '{secret}': {text}");
            }
        }

        output.WriteLine($"{built} of {records.Count} records built; personal data planted in {planted.Count}: {string.Join(", ", planted)}");
        output.WriteLine($"not built: {string.Join("; ", failed)}");
        Assert.Subset(planted.ToHashSet(), new HashSet<string>
        {
            nameof(Customer), nameof(CustomerInformationForm), nameof(SubscriptionDrafted), nameof(SubscriptionRenamed),
            nameof(CancellationRequested), nameof(CustomerInformationRecorded), nameof(RecordCustomerInformation), nameof(RequestCancellation),
            nameof(RequestReturn), nameof(DraftSubscription), nameof(SubscriptionState), nameof(PersonalDetails),
        });
        Assert.True(failed.Count * 10 < records.Count, $"too many records could not be built: {string.Join("; ", failed)}");
    }

    [Fact]
    public void The_buyers_personal_data_is_marked()
    {
        static bool Marked(Type type, string property) => type.GetProperty(property)!.GetCustomAttribute<PersonalDataAttribute>() is not null;

        Assert.True(Marked(typeof(Customer), nameof(Customer.Name)));
        Assert.True(Marked(typeof(Customer), nameof(Customer.IdDocumentNumber)));
        Assert.True(Marked(typeof(CustomerInformationForm), nameof(CustomerInformationForm.Name)));
        Assert.True(Marked(typeof(CustomerInformationForm), nameof(CustomerInformationForm.Phone)));
        Assert.True(Marked(typeof(RequestCancellation), nameof(RequestCancellation.PresentWithId)));
        Assert.True(Marked(typeof(RequestReturn), nameof(RequestReturn.PresentWithId)));
        Assert.Equal("Customer { Name = (withheld), IdDocumentNumber = 1101**********1234 }", new Customer("王芳", "110101199001011234").ToString());
    }

    /// <summary>Builds values of the package's types, planting a distinctive text wherever a marked text goes.</summary>
    private sealed class Planter
    {
        private const int MaxDepth = 6;

        public List<string> Planted { get; } = [];

        public object? Create(Type type, bool marked, int depth)
        {
            if (Nullable.GetUnderlyingType(type) is { } inner)
            {
                return Create(inner, marked, depth);
            }

            if (type == typeof(string))
            {
                if (!marked)
                {
                    return "text";
                }

                var secret = string.Create(CultureInfo.InvariantCulture, $"11010119900307{Planted.Count + 1:D4}");
                Planted.Add(secret);
                return secret;
            }

            if (type == typeof(Money))
            {
                return Money.Cny(1m);
            }

            if (type == typeof(Currency))
            {
                return Currency.CNY;
            }

            if (type.IsEnum)
            {
                var values = Enum.GetValues(type);
                return values.GetValue(values.Length > 1 ? 1 : 0);
            }

            if (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double))
            {
                return Convert.ChangeType(1, type, CultureInfo.InvariantCulture);
            }

            if (type == typeof(bool))
            {
                return true;
            }

            if (type == typeof(object) || depth > MaxDepth)
            {
                return type.IsValueType ? Activator.CreateInstance(type) : null;
            }

            if (Collection(type, marked, depth) is { } collection)
            {
                return collection;
            }

            if (!Tests.Support.PersonalValues.IsDomainType(type))
            {
                return type.IsValueType ? Activator.CreateInstance(type) : null;
            }

            if (type.IsAbstract)
            {
                var concrete = type.Assembly.GetExportedTypes().FirstOrDefault(t => !t.IsAbstract && type.IsAssignableFrom(t) && !t.IsGenericTypeDefinition);
                return concrete is null ? null : Create(concrete, marked, depth);
            }

            return Construct(type, marked, depth);
        }

        private object? Construct(Type type, bool marked, int depth)
        {
            var constructor = type.GetConstructors().Where(c => c.GetParameters().All(p => p.ParameterType != type)).OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            if (constructor is null)
            {
                return type.IsValueType ? Activator.CreateInstance(type) : null;
            }

            var args = constructor.GetParameters()
                .Select(p => Create(p.ParameterType, marked || IsMarked(type, p.Name!) || p.GetCustomAttribute<PersonalDataAttribute>() is not null, depth + 1))
                .ToArray();
            var value = constructor.Invoke(args);
            foreach (var property in type.GetProperties().Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0))
            {
                property.SetValue(value, Create(property.PropertyType, marked || property.GetCustomAttribute<PersonalDataAttribute>() is not null, depth + 1));
            }

            return value;
        }

        private static bool IsMarked(Type type, string name) =>
            type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.GetCustomAttribute<PersonalDataAttribute>() is not null;

        private object? Collection(Type type, bool marked, int depth)
        {
            if (type.IsArray)
            {
                var array = Array.CreateInstance(type.GetElementType()!, 1);
                array.SetValue(Create(type.GetElementType()!, marked, depth + 1), 0);
                return array;
            }

            if (!type.IsGenericType || !typeof(IEnumerable).IsAssignableFrom(type))
            {
                return null;
            }

            var arguments = type.GetGenericArguments();
            if (arguments.Length == 2)
            {
                var dictionary = type.IsInterface ? typeof(ImmutableDictionary<,>).MakeGenericType(arguments) : type;
                var empty = dictionary.GetField("Empty", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
                return empty is null ? null
                    : dictionary.GetMethod("Add", arguments)!.Invoke(empty, [Create(arguments[0], marked, depth + 1), Create(arguments[1], marked, depth + 1)]);
            }

            if (arguments.Length != 1)
            {
                return null;
            }

            var element = arguments[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Create(element, marked, depth + 1));
            if (type.IsAssignableFrom(list.GetType()))
            {
                return list;
            }

            var definition = type.GetGenericTypeDefinition();
            var factory = definition == typeof(ImmutableList<>) ? typeof(ImmutableList)
                : definition == typeof(ImmutableArray<>) ? typeof(ImmutableArray)
                : definition == typeof(ImmutableHashSet<>) || definition == typeof(IReadOnlySet<>) || definition == typeof(IImmutableSet<>) ? typeof(ImmutableHashSet)
                : null;
            var create = factory?.GetMethods().Single(m => m.Name == "CreateRange" && m.GetParameters() is [{ ParameterType.IsGenericType: true } p] && p.ParameterType.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            return create?.MakeGenericMethod(element).Invoke(null, [list])
                ?? (type.GetConstructor([typeof(IEnumerable<>).MakeGenericType(element)]) is { } constructor ? constructor.Invoke([list]) : null);
        }
    }
}
