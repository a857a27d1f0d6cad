using NewsLens.Actors;
using static NewsLens.Tests.Charts.ChartFixtures;

namespace NewsLens.Tests.Actors;

/// <summary>Errors of the actor YAML reader write dates as Gregorian yyyy-MM-dd whatever the machine's culture.</summary>
public class ActorYamlCultureTests
{
    private const string RoleEndsBeforeItStarts = """
        - name: Fikri Isik
          kind: person
          roles:
            - { title: defence minister, country: Turkey, from: 2017-07-19, to: 2016-05-24 }
        """;

    [Theory]
    [InlineData("th-TH")] // Buddhist calendar: 2017 is 2560
    [InlineData("de-DE")]
    public void A_role_that_ends_before_it_starts_names_both_dates_in_iso_form(string culture) => InCulture(culture, () =>
    {
        var ex = Assert.Throws<InvalidDataException>(() => ActorDictionary.FromYamlText(RoleEndsBeforeItStarts, "my-actors.yaml"));
        Assert.Equal("my-actors.yaml:4: role 'defence minister' ends (2016-05-24) before it starts (2017-07-19)", ex.Message);
    });
}
