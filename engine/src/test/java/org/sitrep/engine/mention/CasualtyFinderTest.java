package org.sitrep.engine.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.engine.knowledge.CasualtyKind;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Segmenter;

class CasualtyFinderTest {

    private static final CasualtyFinder FINDER = new CasualtyFinder(Knowledge.defaults());

    private static List<CasualtyMention> find(String text) {
        return FINDER.find(new Segmenter().segment(text));
    }

    private static CasualtyMention only(String text, CasualtyKind kind) {
        List<CasualtyMention> of = find(text).stream().filter(c -> c.kind() == kind).toList();
        assertThat(of).as("%s figures in '%s'", kind, text).hasSize(1);
        return of.get(0);
    }

    @Test
    void someOfTheDeadAreNoToll() {
        assertThat(find("The armed group said that two of the dead were minors.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "At least 21 people were killed in the strike.;                         FATALITIES; 21;   -",
        "The number of people killed in the attack on the city has risen to three.; FATALITIES; 3; -",
        "Two Army soldiers and a suspected New People's Army (NPA) rebel were killed.; FATALITIES; 3; -",
        "The driver died of his injuries at the scene.;                       FATALITIES; 1;    -",
        "The driver, a man, died at the scene.;                                FATALITIES; 1;    -",
        "A soldier from the Givati brigade was killed on Monday.;             FATALITIES; 1;    -",
        "Four members of one family, including two children, were killed.;   FATALITIES; 4;    -",
        "More than 1,300 civilians have died.;                                 FATALITIES; 1301; -",
        "Between 10 and 15 soldiers were killed.;                              FATALITIES; 10;   15",
        "Up to 30 people were wounded.;                                        INJURED;    -;    30",
        "Three people, including a pregnant woman, were killed.;               FATALITIES; 3;    -",
        "At least 15 civilians, including four children, and a soldier were killed.; FATALITIES; 16; -",
        "Two civilians and a policeman were killed.;                           FATALITIES; 3;    -",
        "The attack killed four soldiers and a policeman.;                     FATALITIES; 5;    -",
        "Four soldiers were martyred in the attack.;                           FATALITIES; 4;    -",
        "The strike killed a Hezbollah commander and another member of the group.; FATALITIES; 2; -",
        "The drone strike killed a local militia commander.;                   FATALITIES; 1;    -",
        "Twenty-one people were killed.;                                       FATALITIES; 21;   -",
        "The shelling killed 5 civilians on Sunday.;                           FATALITIES; 5;    -",
        "Authorities said 40 people are dead.;                                 FATALITIES; 40;   -",
        "The death toll from the strike has risen to 29.;                      FATALITIES; 29;   -",
        "The toll stood at 12 on Monday.;                                      FATALITIES; 12;   -",
        "There were no casualties.;                                            FATALITIES; 0;    -",
        "A 62-year-old man was killed by shelling.;                           FATALITIES; 1;    -",
        "A drone hit the car, killing the driver.;                             FATALITIES; 1;    -",
        "A drone struck him, killing him on the spot.;                         FATALITIES; 1;    -",
        "The strike killed at least five gang members.;                        FATALITIES; 5;    -",
        "The army said it repelled the assault, killing \"dozens\" of fighters.;   FATALITIES; 24;   -",
        "Soldiers returned fire, killing one rebel.;                           FATALITIES; 1;    -",
        "No one was killed.;                                                   FATALITIES; 0;    -",
        "Nobody was hurt.;                                                     INJURED;    0;    -",
        "As many as 30 people were killed.;                                    FATALITIES; -;    30",
        "13 civilians, including four men, seven women and two three-year-old girls, were killed.; FATALITIES; 13; -",
        "The group published a list of 19 people it said were killed.;         FATALITIES; 19;   -",
        "The strike killed at least 12 soldiers and dozens of civilians.;     FATALITIES; 36;   -",
        "Drones struck on the night of March 4 to 5, killing at least four people.; FATALITIES; 4; -",
        "Drones struck the retreating column, neutralising dozens of terrorists.; FATALITIES; 24; -",
        "Turkish forces neutralised 32 militants in northern Syria.;         FATALITIES; 32;   -",
        "Two adults, one of them a doctor, were killed at the hospital.;     FATALITIES; 2;    -",
        "Five people, three of them children, were wounded.;                 INJURED;    5;    -",
        "Two men, aged 47 and 62, were killed in the shelling.;              FATALITIES; 2;    -",
        "Two men aged 47 and 62 were killed in the shelling.;                FATALITIES; 2;    -",
        "A drone hit a tent, killing a man, his wife and their two children.; FATALITIES; 4;   -",
        "Troops clashed with rebels, killing one dissident, the army said.;  FATALITIES; 1;    -",
        "Police raided the camp, killing five bandits.;                      FATALITIES; 5;    -"
    })
    void readsTheFigureOfACasualtyWord(String text, CasualtyKind kind, Integer low, Integer high) {
        CasualtyMention c = only(text, kind);

        assertThat(c.low()).isEqualTo(low);
        assertThat(c.high()).isEqualTo(high);
    }

    @Test
    void anAgeSetOffByCommasIsNoCount() {
        assertThat(find("A woman, 71, was wounded in the shelling.")).noneMatch(c -> c.low() != null && c.low() == 71);
    }

    @Test
    void killingAndInjuringAfterTheVerbGiveTwoFigures() {
        String text = "The missile hit a mall, killing at least 21 people and injuring dozens.";

        CasualtyMention dead = only(text, CasualtyKind.FATALITIES);
        CasualtyMention hurt = only(text, CasualtyKind.INJURED);

        assertThat(dead.low()).isEqualTo(21);
        assertThat(dead.exact()).isTrue();
        assertThat(hurt.low()).isEqualTo(24);
        assertThat(hurt.exact()).isFalse();
    }

    @Test
    void killedAndWoundedShareAVagueCount() {
        String text = "Many killed and wounded.";

        assertThat(only(text, CasualtyKind.FATALITIES).low()).isEqualTo(2);
        assertThat(only(text, CasualtyKind.INJURED).low()).isEqualTo(2);
    }

    @Test
    void separateCountsStaySeparate() {
        String text = "Two people were killed and 10 wounded.";

        assertThat(only(text, CasualtyKind.FATALITIES).low()).isEqualTo(2);
        assertThat(only(text, CasualtyKind.INJURED).low()).isEqualTo(10);
    }

    @Test
    void separateCountsAfterTheirVerbsStaySeparate() {
        String text = "The missile killed two people and wounded 10 others.";

        assertThat(only(text, CasualtyKind.FATALITIES).low()).isEqualTo(2);
        assertThat(only(text, CasualtyKind.INJURED).low()).isEqualTo(10);
    }

    @Test
    void countAfterTheSecondVerbIsItsOwn() {
        String text = "The blast killed 12 and wounded 40.";

        assertThat(only(text, CasualtyKind.FATALITIES).low()).isEqualTo(12);
        assertThat(only(text, CasualtyKind.INJURED).low()).isEqualTo(40);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "There were no deaths.;              FATALITIES",
        "The strike caused no injuries.;     INJURED",
        "Nobody was hurt.;                   INJURED",
        "No one was killed or injured.;      FATALITIES"
    })
    void statedAbsenceIsZero(String text, CasualtyKind kind) {
        assertThat(only(text, kind).low()).isZero();
    }

    @Test
    void aFigureOfKilledAndWoundedTogetherIsNeitherToll() {
        assertThat(find("Russian forces lost 117 soldiers killed and wounded in that sector.")).isEmpty();
    }

    @Test
    void noCiviliansKilledIsZero() {
        assertThat(only("No civilians were killed.", CasualtyKind.FATALITIES).low()).isZero();
    }

    @Test
    void noOneKilledOrInjuredIsZeroForBoth() {
        assertThat(only("No one was killed or injured.", CasualtyKind.INJURED).low()).isZero();
    }

    @Test
    void tollUpdateIsMarkedLatest() {
        CasualtyMention c = only("The death toll from the strike has risen to 29.", CasualtyKind.FATALITIES);

        assertThat(c.latest()).isTrue();
        assertThat(only("At least 21 people were killed.", CasualtyKind.FATALITIES).latest()).isFalse();
    }

    @Test
    void theFigureCoversItsWords() {
        String text = "Officials said at least 21 people were killed.";
        Document doc = new Segmenter().segment(text);
        CasualtyMention c = FINDER.find(doc).get(0);

        assertThat(doc.textOf(c.first(), c.end(), false)).isEqualTo("at least 21 people were killed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Five command posts were destroyed.",
        "The strike killed the peace talks.",
        "Officials said the dead were buried on Sunday.",
        "Russia said 3 drones were shot down."
    })
    void noCountOfPeopleNoFigure(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void aYearAfterTheVerbIsNoCount() {
        assertThat(find("Three were killed in 2014.")).singleElement().satisfies(c -> assertThat(c.low()).isEqualTo(3));
    }
}
