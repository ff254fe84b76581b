package org.sitrep.engine.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.engine.TestPipeline;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Stance;

/** Who claims what, as the engine reports it per event. */
class ClaimFinderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 7, 4);

    private static final String CAPTURE_CLAIMED = "Russia claims Lysychansk\n"
            + "Russia's defence ministry said on Sunday that its forces had taken full control of the city of Lysychansk in eastern Ukraine.\n"
            + "Ukraine's military denied that Lysychansk had been captured.";

    private static Event onlyEvent(String text) {
        List<Event> events = TestPipeline.extract("cf", PUBLISHED, text).events();
        assertThat(events).as("events of '%s'", text).hasSize(1);
        return events.get(0);
    }

    @Test
    void captureAssertedByOneSideAndDeniedByTheOther() {
        Event e = onlyEvent(CAPTURE_CLAIMED);

        assertThat(e.claims()).extracting(Claim::side, Claim::stance)
                .containsExactlyInAnyOrder(tuple("RU", Stance.ASSERTS), tuple("UA", Stance.DENIES));
        assertThat(e.claims()).filteredOn(c -> c.side().equals("RU")).singleElement()
                .satisfies(c -> assertThat(c.by()).isEqualTo("Russia's defence ministry"));
    }

    @Test
    void aTallyOverManyPlacesOrTheWholeFrontSpeaksOfNoOneIncident() {
        Event e = onlyEvent("Daily update\nRussian aviation and artillery struck Ukrainian units in 118 areas over the "
                + "past day, Russia's defence ministry said. The governor of the Belgorod region said a woman was killed "
                + "when the Ukrainian army shelled the city of Belgorod on Thursday. The ministry said Ukraine had lost "
                + "more than 1,900 soldiers along the entire line of engagement.");

        assertThat(e.claims()).extracting(Claim::by).noneMatch(by -> by.toLowerCase().contains("ministry"));
    }

    @Test
    void rejectingAFigureDisputesTheTollNotTheEvent() {
        Event e = onlyEvent("Ambush\nRebels ambushed an army convoy near Kharkiv on Monday, killing 27 soldiers, the group "
                + "said. Ukraine's defence ministry rejected that figure and said three soldiers were killed.");

        assertThat(e.claims()).filteredOn(c -> c.by().contains("ministry")).singleElement()
                .satisfies(c -> assertThat(c.stance()).isEqualTo(Stance.DISPUTES));
    }

    @Test
    void claimPointsAtTheSentenceThatCarriesIt() {
        Event e = onlyEvent(CAPTURE_CLAIMED);

        Claim denial = e.claims().stream().filter(c -> c.stance() == Stance.DENIES).findFirst().orElseThrow();
        assertThat(denial.words().of(CAPTURE_CLAIMED)).isEqualTo("Ukraine's military denied that Lysychansk had been captured.");
        assertThat(denial.about()).isEqualTo("Ukraine's military denied that Lysychansk had been captured.");
    }

    @Test
    void participleAfterADenialAddsNoAssertion() {
        Event e = onlyEvent(CAPTURE_CLAIMED.replace("had been captured.", "had been captured, saying fighting continued on the outskirts."));

        assertThat(e.claims()).extracting(Claim::side, Claim::stance)
                .containsExactlyInAnyOrder(tuple("RU", Stance.ASSERTS), tuple("UA", Stance.DENIES));
    }

    @Test
    void theGroupSaidIsTheGroupNamedLastNotANounOfItsClause() {
        Event e = onlyEvent("Raid\nWagner fighters attacked a military base near Bakhmut in Ukraine on "
                + "Sunday, the group said.");

        assertThat(e.claims()).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("Wagner Group");
            assertThat(c.stance()).isEqualTo(Stance.ASSERTS);
        });
    }

    @Test
    void aClauseIntroducedByWhichHasNoSpeaker() {
        Event e = onlyEvent("Kursk\nUkrainian forces have taken full control of the town of Sudzha in Russia, Ukraine's "
                + "army chief said on Sunday, which suggests that Ukraine's military plans to stay.");

        assertThat(e.claims()).extracting(Claim::side, Claim::stance).containsExactly(tuple("UA", Stance.ASSERTS));
    }

    @Test
    void whomASpeakerToldIsNoSource() {
        Event e = onlyEvent("Strike on Kharkiv\nA missile struck a market in Kharkiv in Ukraine on Sunday, killing five "
                + "people, \"it was a massacre,\" Ukraine's emergency services chief told Al Jazeera.");

        assertThat(e.claims()).extracting(Claim::side).containsExactly("UA");
    }

    @Test
    void aWitnessOfTheExplosionSpeaksOfTheAttackThatHadNoKindYet() {
        Event e = onlyEvent("Kharkiv\nAt least six people were killed on Sunday in an attack at the town hall in central "
                + "Kharkiv, the police said. Witnesses said the explosion damaged nearby buildings.");

        assertThat(e.claims()).extracting(Claim::side).contains("third_party");
    }

    @Test
    void sourceAfterAccordingTo() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A missile struck a market in Kharkiv in Ukraine on Sunday, killing at least 21 people, according to Ukraine's emergency services.");

        assertThat(e.claims()).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("Ukraine's emergency services");
            assertThat(c.side()).isEqualTo("UA");
            assertThat(c.stance()).isEqualTo(Stance.ASSERTS);
        });
    }

    @Test
    void sourceAfterTheVerbInAnInvertedReport() {
        Event e = onlyEvent("Strike on Kharkiv\nA missile struck Kharkiv in Ukraine on Sunday, said Ukraine's air force.");

        assertThat(e.claims()).singleElement().satisfies(c -> {
            assertThat(c.side()).isEqualTo("UA");
            assertThat(c.by()).isEqualTo("Ukraine's air force");
        });
    }

    @Test
    void aLongAppositionKeepsItsSubjectAndTheObjectOfTheDenialIsNoSource() {
        Event e = onlyEvent("Russia claims Lysychansk\n"
                + "Russia's defence ministry said its forces had captured the city of Lysychansk in Ukraine on Sunday.\n"
                + "Serhii Cherevaty, a spokesman for the Ukrainian army in the east, denied the Russian Defense Ministry's"
                + " claim, saying that fighting was ongoing in the town.");

        assertThat(e.claims()).extracting(Claim::side, Claim::stance)
                .containsExactlyInAnyOrder(tuple("RU", Stance.ASSERTS), tuple("UA", Stance.DENIES));
        assertThat(e.claims()).filteredOn(c -> c.side().equals("UA")).singleElement()
                .satisfies(c -> assertThat(c.by()).startsWith("Serhii Cherevaty"));
    }

    @Test
    void denialOfTargetingCiviliansDisputes() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A missile struck a market in Kharkiv in Ukraine on Sunday, killing at least 21 people, according to Ukraine's emergency services.\n"
                + "Russia's defence ministry denied targeting civilians in Kharkiv.");

        assertThat(e.claims()).extracting(Claim::side, Claim::stance)
                .containsExactlyInAnyOrder(tuple("UA", Stance.ASSERTS), tuple("RU", Stance.DISPUTES));
    }

    @Test
    void habitualDenialIsNoClaim() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A missile struck a market in Kharkiv in Ukraine on Sunday, killing at least 21 people, Ukrainian officials said.\n"
                + "Moscow has consistently denied targeting civilians.");

        assertThat(e.claims()).extracting(Claim::side, Claim::stance).containsExactly(tuple("UA", Stance.ASSERTS));
    }

    @Test
    void negatedReportDenies() {
        Event e = onlyEvent("Headline\nUkraine's military said Lysychansk in Ukraine was not under full control of Russian forces.");

        assertThat(e.claims()).singleElement().satisfies(c -> {
            assertThat(c.side()).isEqualTo("UA");
            assertThat(c.stance()).isEqualTo(Stance.DENIES);
        });
    }

    @Test
    void mayorSpeaksForTheCountryOfTheTown() {
        Event e = onlyEvent("Headline\nThe mayor of Sloviansk said Russian shelling hit the town of Sloviansk in Ukraine on Sunday.");

        assertThat(e.claims()).singleElement().satisfies(c -> {
            assertThat(c.side()).isEqualTo("UA");
            assertThat(c.by()).isEqualTo("mayor of Sloviansk");
        });
    }

    @Test
    void witnessesAreAThirdParty() {
        Event e = onlyEvent("Headline\nResidents said shells hit Kharkiv in Ukraine on Sunday.");

        assertThat(e.claims()).singleElement().satisfies(c -> assertThat(c.side()).isEqualTo("third_party"));
    }

    @Test
    void vagueCapitalRepeatingANamedSourceOfItsSideIsOneSource() {
        Event e = onlyEvent("Russia claims Lysychansk\n"
                + "Russia's defence ministry said on Sunday that its forces had taken full control of Lysychansk in eastern Ukraine. "
                + "Moscow said Lysychansk was now under its full control.");

        assertThat(e.claims()).extracting(Claim::side, Claim::stance).containsExactly(tuple("RU", Stance.ASSERTS));
    }

    @Test
    void aPronounGoesOnWithTheLastSpeakerNotWithSomeoneSpokenOf() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A Russian missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, Ukrainian officials said.\n"
                + "Keir Starmer said the strike on the market was a crime ordered by Vladimir Putin.\n"
                + "He added that the toll of the strike could rise.");

        assertThat(e.claims()).extracting(Claim::side).doesNotContain("RU");
    }

    @Test
    void aPronounBeforeTheVerbIsItsSubjectNotTheNounBeforeIt() {
        Event e = onlyEvent("Attack on Kharkiv checkpoint\n"
                + "Militants attacked a checkpoint in Kharkiv in Ukraine on Sunday, killing 16 soldiers, the defence ministry said. "
                + "Troops killed eight of the attackers, it added.");

        assertThat(e.claims()).extracting(Claim::by).containsExactly("defence ministry");
    }

    @Test
    void itGoesOnWithTheInstitutionOfTheSentenceBeforeNotWithAnEarlierSpeaker() {
        List<Event> events = TestPipeline.extract("cf", PUBLISHED, "Night of drones\n"
                + "The Kharkiv regional administration said one drone had been shot down over the region. "
                + "Russia's defence ministry did not comment on the attack. "
                + "It said in its morning briefing that its air defences had destroyed eight Ukrainian drones over the Belgorod region.").events();

        assertThat(events).filteredOn(e -> e.place().name().startsWith("Belgorod")).singleElement()
                .satisfies(e -> assertThat(e.claims()).extracting(Claim::side).containsExactly("RU"));
    }

    @Test
    void aVictimsKinSpeakForThemselvesNotForTheOfficialNamedBefore() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A Russian missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, "
                + "Governor Oleh Syniehubov said.\n"
                + "One of the dead was a teacher who had stopped to buy bread, his family said.");

        assertThat(e.claims()).extracting(Claim::side, Claim::stance)
                .contains(tuple("third_party", Stance.ASSERTS), tuple("UA", Stance.ASSERTS));
    }

    @Test
    void aHospitalWithAnArabicArticleThatPutsTheTollAfterAClauseAboutItIsAThirdPartyWithAFigureOfItsOwn() {
        Event e = onlyEvent("Strike on school\n"
                + "An Israeli air strike hit a school in Gaza on Tuesday, killing 19 people, the civil defence agency said. "
                + "The al-Ahli Arab hospital, which received most of the casualties, put the toll at 17 dead.");

        assertThat(e.claims()).extracting(Claim::side).contains("third_party");
        assertThat(e.fatalities().low()).isEqualTo(17);
        assertThat(e.fatalities().high()).isEqualTo(19);
    }

    @Test
    void twoRightsGroupsAreTwoSources() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A Russian missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, Ukrainian officials said.\n"
                + "Human Rights Watch said the market had no military use.\n"
                + "Amnesty International said the strike on the market killed civilians.");

        assertThat(e.claims()).filteredOn(c -> c.side().equals("third_party")).hasSize(2);
    }

    @Test
    void whomASpeakerCitesIsNotTheSpeaker() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A Russian missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, "
                + "the regional governor said.\n"
                + "Human Rights Watch citing residents and volunteers reported that the market had no military use.");

        assertThat(e.claims()).extracting(Claim::by).doesNotContain("volunteers", "residents")
                .anySatisfy(by -> assertThat(by).contains("Human Rights Watch"));
    }

    @Test
    void calledAfterANounNamesAThingAndReportsNothing() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A Russian missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, "
                + "the regional governor said.\n"
                + "The Russian army launched an offensive called Operation Thunder the same day.\n"
                + "Keir Starmer called the strike on the market a crime.");

        assertThat(e.claims()).extracting(Claim::side).doesNotContain("RU").contains("third_party");
    }

    @Test
    void aStatementNamingACountrySpeaksOfTheOneIncidentToldThere() {
        List<Event> events = TestPipeline.extract("cf", PUBLISHED, "Strikes on both sides\n"
                + "Russian missiles hit a market in Kharkiv on Sunday, killing nine people, Ukrainian officials said.\n"
                + "Ukrainian drones struck an oil depot in Belgorod on Sunday, Russian officials said.\n"
                + "The Red Cross said the strike in Ukraine was the deadlier.").events();

        assertThat(events).filteredOn(e -> e.place().name().equals("Kharkiv")).singleElement()
                .satisfies(e -> assertThat(e.claims()).extracting(Claim::side).contains("third_party"));
        assertThat(events).filteredOn(e -> e.place().name().equals("Belgorod")).singleElement()
                .satisfies(e -> assertThat(e.claims()).extracting(Claim::side).doesNotContain("third_party"));
    }

    @Test
    void anInstalledOfficialTheLexiconKnowsSpeaksForHisSideNotHisSeatsCountry() {
        Event e = onlyEvent("Shells hit Donetsk\n"
                + "Ukrainian shells struck a market in Donetsk on Sunday, Donetsk regional head Denis Pushilin said.");

        assertThat(e.claims()).extracting(Claim::side).containsExactly("RU");
    }

    @Test
    void aSourceThatTellsOfAnEventAndContestsItCountsOnceByWhatItContests() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A Russian missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, Ukrainian officials said.\n"
                + "On Monday Dmitry Peskov said Russia had struck a fuel depot near the market in Kharkiv.\n"
                + "Peskov denied that Russia struck the market in Kharkiv.");

        assertThat(e.claims()).filteredOn(c -> c.side().equals("RU"))
                .extracting(Claim::by, Claim::stance).containsExactly(tuple("Dmitry Peskov", Stance.DENIES));
    }

    @Test
    void analystsCommentAndAreNoSource() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A Russian missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, Ukrainian officials said.\n"
                + "Analysts said the strike on the market in Kharkiv would harden resistance.");

        assertThat(e.claims()).extracting(Claim::side).containsExactly("UA");
    }

    @Test
    void aStateClaimingItsTroopsTookAPlaceIsAPartyToItNotAThirdParty() {
        Event e = onlyEvent("Ukraine denies Russian claim to have taken Lysychansk\n"
                + "Ukraine's military denied on Sunday a Russian claim that its troops had captured Lysychansk in eastern Ukraine.");

        assertThat(e.claims()).extracting(Claim::side).contains("RU").doesNotContain("third_party");
    }

    @Test
    void aBodyWithItsAcronymInBracketsKeepsItsDescriptionOutOfTheSources() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A Russian missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, Ukrainian officials said.\n"
                + "Human Rights Watch (HRW), a group that monitors the Russian army, said the strike on the market in Kharkiv "
                + "killed civilians.");

        assertThat(e.claims()).extracting(Claim::side).containsExactlyInAnyOrder("UA", "third_party");
    }

    @Test
    void aStateNamingAMilitaryTargetForItsStrikeInItsOwnLandDisputesIt() {
        Event e = onlyEvent("Shelling in Donetsk\n"
                + "Ukrainian artillery shelled a market in Donetsk in Ukraine on Sunday, killing five people, "
                + "Russian-installed officials said.\n"
                + "The Ukrainian army said it had hit an ammunition depot in Donetsk.");

        assertThat(e.claims()).filteredOn(c -> c.side().equals("UA")).extracting(Claim::stance)
                .containsExactly(Stance.DISPUTES);
    }

    @Test
    void anAttackerSayingItStruckServicemenOrTheArmsIndustryDisputes() {
        Event e = onlyEvent("Strike on Dnipro\n"
                + "A Russian missile hit an apartment block in Dnipro in Ukraine on Tuesday, killing four people, "
                + "Ukrainian officials said.\n"
                + "Russia's defence ministry said it had struck a gathering place of Ukrainian servicemen and a "
                + "military-industrial plant in Dnipro on Tuesday.");

        assertThat(e.claims()).filteredOn(c -> c.side().equals("RU")).extracting(Claim::stance)
                .containsExactly(Stance.DISPUTES);
    }

    @Test
    void aHabitualDenialOfDeliberateTargetingIsNoClaim() {
        Event e = onlyEvent("Strike on Dnipro\n"
                + "A Russian missile hit an apartment block in Dnipro in Ukraine on Tuesday, killing four people, "
                + "Ukrainian officials said.\n"
                + "Moscow denies deliberately targeting civilians.");

        assertThat(e.claims()).extracting(Claim::side).containsExactly("UA");
    }

    @Test
    void aSpokesmanTitledByABodysNounSpeaksForThatBody() {
        Event e = onlyEvent("Strike on Gaza\n"
                + "Gaza's civil defence agency said an Israeli strike hit a school in Gaza on Sunday, killing seven people.\n"
                + "Agency spokesman Mahmud Bassal said 15 people were wounded.");

        assertThat(e.claims()).extracting(Claim::side).containsExactly("PS");
    }

    @Test
    void noCasualtiesAfterDronesShotDownSpeaksOfTheInterception() {
        Event e = onlyEvent("Drones downed\n"
                + "Russian air defences shot down 12 Ukrainian drones over Belgorod in Russia on Saturday, Russia's "
                + "defence ministry said.\n"
                + "Governor Vyacheslav Gladkov said there were no casualties or damage on the ground.");

        assertThat(e.claims()).hasSize(2);
    }

    @Test
    void anArmySayingItFiredWarningShotsAtSuspectsDisputes() {
        Event e = onlyEvent("Shooting in Gaza\n"
                + "Israeli troops opened fire on crowds waiting for food in Gaza on Sunday, killing nine people, "
                + "Palestinian health officials said.\n"
                + "The Israeli military said troops had fired warning shots at suspects who approached them in Gaza.");

        assertThat(e.claims()).filteredOn(c -> c.side().equals("IL")).extracting(Claim::stance)
                .containsExactly(Stance.DISPUTES);
    }

    @Test
    void theGovernmentIsTheStateWhoeverRunsTheTown() {
        Event e = onlyEvent("Shelling in Donetsk\n"
                + "Shells hit a market in rebel-held Donetsk in Ukraine on Sunday, killing five people.\n"
                + "The government said the shelling of the market in Donetsk was a crime.");

        assertThat(e.claims()).extracting(Claim::side).containsExactly("UA");
    }

    @Test
    void aSpokesmanNamedAfterHisBodySpeaksForIt() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A Russian missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, "
                + "UN Human Rights Office spokesman Thameen Al-Kheetan said.");

        assertThat(e.claims()).extracting(Claim::side).containsExactly("third_party");
    }

    @Test
    void twoSubjectsOfTwoSidesJoinedByAndAreTwoSourcesOfOneSideOne() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A Russian missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people.\n"
                + "Ukraine's military and a number of Amnesty International researchers said the market had no military use.\n"
                + "Human Rights Watch and the Red Cross said the market was full of shoppers.");

        assertThat(e.claims()).extracting(Claim::side).containsExactlyInAnyOrder("UA", "third_party", "third_party");
    }

    @Test
    void aStatesBodyAndAnOfficeWithNoSideOfItsOwnSpeakAsOneSource() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A Russian missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, "
                + "Ukraine's military and emergency services said.");

        assertThat(e.claims()).extracting(Claim::side).containsExactly("UA");
    }

    @Test
    void aVolunteerGroupIsNotTheCharityNamedLater() {
        Event e = onlyEvent("Shelling hits Kherson\n"
                + "Shelling hit a market in Kherson in Ukraine on Sunday, killing nine civilians, a local volunteer group said.\n"
                + "The charity Doctors Without Borders said the hospital it supports in the city received 47 wounded.");

        assertThat(e.claims()).filteredOn(c -> c.side().equals("third_party")).hasSize(2);
    }

    @Test
    void officialsOfARebelHeldPlaceSpeakForTheRebels() {
        Event e = onlyEvent("Strike on Donetsk\n"
                + "A missile struck a market in Donetsk in the rebel-held east of Ukraine on Sunday, killing 12 people, "
                + "local officials said.");

        assertThat(e.claims()).extracting(Claim::side).containsExactly("UA_opposition");
    }

    @Test
    void aNewsOutletsOwnCorrespondentIsNoSourceButTheOutletCitedForAFactIs() {
        Event reported = onlyEvent("Strike on Kharkiv\n"
                + "A missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, Ukrainian officials said.\n"
                + "CNN's Anna Smith said the market was still burning.");
        Event cited = onlyEvent("Strike on Kharkiv\n"
                + "A missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, according to the BBC.");

        assertThat(reported.claims()).extracting(Claim::side).doesNotContain("media");
        assertThat(cited.claims()).extracting(Claim::side).contains("media");
    }

    @Test
    void aPersonDescribedByTheAmbulanceServiceHeRunsIsAThirdParty() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, Ukrainian officials said.\n"
                + "Sixteen people were injured in the attack, Petro Koval, director of Koval Ambulance Services, said.");

        assertThat(e.claims()).extracting(Claim::side).contains("third_party");
    }

    @Test
    void anotherVersionOfWhatWasHitDisputes() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, Ukrainian officials said.\n"
                + "Russia's defence ministry said the missile had instead hit an empty field outside Kharkiv.");

        assertThat(e.claims()).extracting(Claim::side, Claim::stance).contains(tuple("RU", Stance.DISPUTES));
    }

    @Test
    void aStateTellingOfItsOwnForcesStrikeInItsOwnWordsDisputesTheHarmOthersReport() {
        String told = "Strike on Sloviansk\n"
                + "A drone strike hit a crowded market in Sloviansk on Saturday, killing 22 people, health workers said.\n";
        Event own = onlyEvent(told + "A spokesperson for the regional government said the air force had carried out"
                + " \"a precision operation\" against \"an enemy unit\" in the area.");
        Event plain = onlyEvent(told + "A spokesperson for the regional government said the strike had hit the market.");
        Event denied = onlyEvent(told + "A military source said the air force had struck the area and that reports of"
                + " deaths were propaganda.");

        assertThat(own.claims()).extracting(Claim::side, Claim::stance).contains(tuple("UA", Stance.DISPUTES));
        assertThat(denied.claims()).extracting(Claim::side, Claim::stance).contains(tuple("UA", Stance.DISPUTES));
        assertThat(plain.claims()).extracting(Claim::side, Claim::stance).contains(tuple("UA", Stance.ASSERTS));
    }

    @Test
    void anAttackerSayingItHitAMilitaryStructureDisputesWhereTheStruckSideCountsTheDead() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "An air strike destroyed a house in Kharkiv in Ukraine on Tuesday night, killing a woman, Ukrainian officials"
                + " said.\nRussia's defence ministry said its jets had hit a military structure in Kharkiv and released a video"
                + " of a building being struck.");

        assertThat(e.claims()).extracting(Claim::side, Claim::stance).contains(tuple("RU", Stance.DISPUTES));
    }

    @Test
    void anAttackerQuotingWhatItsAircraftHitDisputesWhereTheStruckSideCountsTheDead() {
        String told = "Bombs on Kharkiv\n"
                + "Two guided bombs hit a residential district of Kharkiv in Ukraine on Wednesday, killing four people,"
                + " Ukrainian officials said.\n";
        Event quoted = onlyEvent(told + "Russia's defence ministry said its aircraft had hit \"a workshop assembling"
                + " drones\" in Kharkiv.");
        Event bare = onlyEvent(told + "Russia's defence ministry said its aircraft had hit Kharkiv.");

        assertThat(quoted.claims()).extracting(Claim::side, Claim::stance).contains(tuple("RU", Stance.DISPUTES));
        assertThat(bare.claims()).extracting(Claim::side, Claim::stance).contains(tuple("RU", Stance.ASSERTS));
    }

    @Test
    void aGroupNamedWithTheNounOfItsKindIsThatGroupSpeaking() {
        Event e = onlyEvent("Rebels take Myawaddy\n"
                + "The KNU rebel coalition said on Sunday that its fighters had taken control of Myawaddy in Myanmar.");

        assertThat(e.claims()).extracting(Claim::side, Claim::stance).containsExactly(tuple("MM_opposition", Stance.ASSERTS));
    }

    @Test
    void anActToldByNoOneInAMilitarySummaryIsTheSummarys() {
        List<Event> events = TestPipeline.extract("cf", PUBLISHED, "General Staff: 152 clashes\n"
                + "Over the past day, 152 combat engagements took place along the front line, the General Staff of Ukraine"
                + " reported in its update as of 08:00.\n"
                + "In the Kramatorsk sector, the enemy attacked 11 times near Sloviansk. Ukrainian defenders repelled all"
                + " the attacks.").events();

        assertThat(events).filteredOn(e -> e.place().name().equals("Sloviansk")).singleElement()
                .satisfies(e -> assertThat(e.claims()).extracting(Claim::side, Claim::stance)
                        .containsExactly(tuple("UA", Stance.ASSERTS)));
    }

    @Test
    void aForeignLeaderNotFightingIsAThirdParty() {
        Event e = onlyEvent("Strike on Kharkiv\n"
                + "A Russian missile struck a market in Kharkiv in Ukraine on Sunday, killing 12 people, Ukrainian officials said.\n"
                + "Keir Starmer said he was appalled by the attack on the market.");

        assertThat(e.claims()).extracting(Claim::side, Claim::stance).contains(tuple("third_party", Stance.ASSERTS));
    }

    @Test
    void reportWithoutSourceIsNoClaim() {
        Event e = onlyEvent("Headline\nShells hit Kharkiv in Ukraine on Sunday.");

        assertThat(e.claims()).isEmpty();
    }
}
