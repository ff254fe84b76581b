package org.sitrep.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sitrep.model.Article;

/**
 * A deterministic generator of English war-report articles for benchmarks.
 *
 * <p>Articles are built from sentence templates filled with real place names from five theatres
 * (Ukraine, strikes inside Russia, Syria, Sudan and Gaza), the actors and sources that speak about
 * them, weapons, targets, casualty figures written in several ways, dates relative to the publication
 * date, claims, denials, quotes and background. Every article is 3,000 to 5,000 bytes of UTF-8 with
 * its title on the first line, so a run exercises the whole pipeline: place lookup, dates,
 * casualties and claims.
 *
 * <p>Article {@code i} depends only on the seed and {@code i}: a corpus of 2,000 articles is the first
 * 2,000 of a corpus of 100,000 made with the same seed.
 */
public final class CorpusGenerator {

    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 20_240_224L;
    /** Smallest article, in UTF-8 bytes. */
    public static final int MIN_BYTES = 3_000;
    /** Largest article, in UTF-8 bytes. */
    public static final int MAX_BYTES = 5_000;

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);
    private static final int DAYS = 1_000;

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    public CorpusGenerator() {
        this(DEFAULT_SEED);
    }

    /** The first {@code n} articles. */
    public List<Article> generate(int n) {
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(article(i));
        }
        return out;
    }

    /** Article number {@code index}; the same for the same seed and index, whatever else is generated. */
    public Article article(int index) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Theatre th = pickTheatre(rnd);
        Story s = new Story(th, rnd, FIRST_DAY.plusDays(rnd.nextInt(DAYS)));
        String text = s.write();
        return new Article(String.format(Locale.ROOT, "bench-%06d", index), null, "bench", s.published, text);
    }

    private static Theatre pickTheatre(SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        if (r < 40) {
            return Theatres.UKRAINE;
        } else if (r < 52) {
            return Theatres.RUSSIA;
        } else if (r < 67) {
            return Theatres.SYRIA;
        } else if (r < 84) {
            return Theatres.SUDAN;
        }
        return Theatres.GAZA;
    }

    // ---------------------------------------------------------------------------------------------
    // Vocabulary

    /** A town and the region it lies in, as a report would name them. */
    record Town(String name, String region) {
    }

    /** A weapon: with an article ("a glide bomb"), plural ("glide bombs") and as a headline word. */
    record Weapon(String one, String many, String headline) {
    }

    /** A party that attacks, the sources that speak for it, and what it says it hit. */
    record Side(List<String> attackers, List<String> sources, List<String> claimed) {
    }

    /** Everything a theatre's reports draw on. */
    record Theatre(
            String country,
            List<Town> towns,
            List<Side> sides,
            List<String> localSources,
            List<String> defenceSources,
            List<String> thirdParties,
            List<Weapon> weapons,
            List<String> targets,
            List<String> equipment,
            List<String> firstNames,
            List<String> surnames,
            List<String> denials,
            List<String> background,
            List<String> frontLine) {
    }

    // ---------------------------------------------------------------------------------------------
    // Templates shared by all theatres. Keys in braces are filled by Story#value.

    private static final List<String> TITLES_DEATHS = List.of(
            "{WeaponHeadline} strike on {town} kills {n}, officials say",
            "{n} dead after {attacker} hit {town}",
            "{town} struck by {attacker}; death toll rises to {n}",
            "{town}: {n} killed, {m} hurt in {weaponHeadline} attack",
            "Deadly {weaponHeadline} attack on {town} as {locSrcShort} reports {n} killed",
            "At least {n} killed in {town} strike, {locSrcShort} says",
            "{town} mourns after {weaponHeadline} attack leaves {n} dead");

    private static final List<String> TITLES_INJURED = List.of(
            "{WeaponHeadline} attack wounds {m} in {town}",
            "{m} injured in attack on {town}, {locSrcShort} says",
            "{town} hit again: {m} hurt, homes damaged",
            "Overnight {weaponHeadline} attack on {town} injures {m}, {locSrcShort} says");

    private static final List<String> LEADS_DEATHS = List.of(
            "{Attacker} struck {target} in {town} {date} with {weapon}, killing {killedP} and wounding {injuredP}, {locSrc} said.",
            "{KilledPCap} {wereK} killed and {injuredP} wounded when {weapon} hit {target} in {town}, in {region}, {date}, according to {locSrc}.",
            "{LocSrc} said {killedP} died after {attacker} attacked {town} {date}, the latest in a series of strikes on the area.",
            "An attack with {weapons} on {town} {date} left {killedP} dead and damaged {target}, {locSrc} said in a statement.",
            "{Attacker} hit {town} {date}, killing {killedP}, {locSrc} wrote on Telegram, adding that {injuredP} had been taken to hospital.",
            "{date_cap}, {weapon} slammed into {target} in {town}, killing {killedP} and injuring {injuredP}, {locSrc} reported.");

    private static final List<String> LEADS_INJURED = List.of(
            "{Attacker} struck {target} in {town} {date} with {weapon}, wounding {injuredP}, {locSrc} said.",
            "{InjuredPCap} were wounded when {weapon} hit {target} in {town}, in {region}, {date}, {locSrc} said.",
            "An attack with {weapons} on {town} {date} injured {injuredP} and set {target} on fire, according to {locSrc}.",
            "{LocSrc} said {injuredP} were hurt after {attacker} attacked {town} {date}; no deaths were reported.");

    private static final List<String> CASUALTY_DETAILS = List.of(
            "The death toll rose to {n2} by the evening as rescuers pulled more bodies from the rubble, {locSrc} said.",
            "Among the dead was a child aged {age2}, {locSrc2} said.",
            "Of the wounded, {k} were in a serious condition, {locSrc2} said, and {kw} were children.",
            "Rescue workers were still searching the debris for at least {kw} people believed to be trapped under the collapsed floors.",
            "{LocSrc2} put the number of injured at {m2}, higher than an earlier figure of {m}.",
            "Hospitals in the area said they had received {injuredP} with shrapnel wounds and burns.",
            "A {age}-year-old man was among those killed, {locSrc2} said; his wife was pulled alive from the rubble.",
            "Earlier figures had put the toll at {nLow}; officials warned that it could rise further.");

    private static final List<String> DAMAGE = List.of(
            "The strike damaged {k} apartment buildings, a kindergarten and dozens of cars, and blew out windows across several streets.",
            "Firefighters battled a blaze at {target} for several hours; photographs released by {locSrc2} showed a gutted building.",
            "Power was cut to about {big},000 households in {town} after the attack, the regional energy company said.",
            "The attack destroyed {target} and damaged {k} nearby houses, {locSrc2} said.",
            "Video shared on social media and verified by {outletName} showed smoke rising over the centre of {town}.",
            "Authorities said water supplies to parts of {town} had been interrupted and repair crews were working to restore them.");

    private static final List<String> QUOTES = List.of(
            "{q}I heard {kw} explosions, one after another, and then the windows came in,{qc} said {name}, {age}, who lives two streets away.",
            "{q}There was no warning this time. People were just queuing for bread,{qc} {name}, a {age}-year-old shopkeeper, told reporters.",
            "{q}We have nowhere else to go,{qc} said {name}, standing outside what was left of the family home in {town}.",
            "{q}The children were asleep when it hit,{qc} said {name}, a neighbour who helped carry the wounded to ambulances.",
            "{name}, a volunteer with a local aid group, said teams had been working through the night. {q}We pulled out {kw} people alive,{qc} the volunteer said.",
            "{q}This is a deliberate attack on civilians,{qc} {locSrc} said. {q}There were no military facilities there.{qc}",
            "{q}Everything shook. I grabbed the children and ran to the corridor,{qc} said {name}, {age}.",
            "{q}My shop is gone. Twenty years of work, gone in one night,{qc} said {name}, {age}, sweeping broken glass.",
            "{q}We keep hearing that it is safer here. It is not,{qc} said {name}, who moved to {town} from {town2} last year.",
            "{q}We buried my cousin this morning,{qc} said {name}. {q}He was {age2} years old.{qc}",
            "A doctor at the main hospital, {name}, said staff had treated {k} people for blast injuries. {q}Some of them will not walk again,{qc} the doctor said.");

    private static final List<String> ATTACKER_CLAIMS = List.of(
            "{AttSrc} said its forces had hit {claimed} in {town} with {weapons}, destroying {k} {equipment}.",
            "In its daily briefing, {attSrc} said it had struck {claimed} near {town} and made no mention of civilian casualties.",
            "{AttSrc} claimed that {big} enemy fighters had been killed in the area over the past day.",
            "{AttSrc} said it had carried out a {qp}precision strike{qcp} on {claimed} on the outskirts of {town}.",
            "According to {attSrc}, the target was {claimed} that had been set up in a civilian building.");

    private static final List<String> VERIFICATION = List.of(
            "The claims could not be independently verified.",
            "{outletName} could not independently verify the casualty figures or the accounts of either side.",
            "Neither side's account of the attack could be independently confirmed.",
            "Satellite images reviewed by {outletName} showed fresh craters near {target}, consistent with the local accounts.");

    private static final List<String> VERIFICATION_DEATHS = List.of(
            "{Third} said it had confirmed the deaths of {nLowCiv} and was working to verify further reports.",
            "The toll given by {locSrc} could not be independently verified, and {attSrc} gave no figure of its own.");

    private static final List<String> DISPUTES = List.of(
            "The two sides gave conflicting accounts of who fired first.",
            "{AttSrc} blamed the explosion on a misfired rocket launched by its opponents, a claim {locSrc2} rejected.",
            "Independent investigators have not been able to reach the site to establish what happened.",
            "{AttSrc} said footage of the aftermath had been staged, without offering evidence.");

    private static final List<String> DISPUTES_DEATHS = List.of(
            "{LocSrc2} gave a higher toll of {n2}, while {attSrc} put the number of dead at {nLow} and said most were fighters.",
            "{AttSrc} disputed the figure of {n} dead, saying it could not be verified and that the building had been used by fighters.");

    private static final List<String> PREVIOUS = List.of(
            "It was the {ordinal} attack on {town} this month. On {pastDate}, {weapons2} killed {k} people in the same district, {locSrc2} said.",
            "Last week, a strike on {town2} killed {kw} people and damaged a hospital, according to {locSrc2}.",
            "{town} was last hit on {pastDate}, when {weapon2} struck {target2} and wounded {k} people.",
            "In {pastMonth}, a similar attack on {town2} left {k} people dead and dozens wounded.",
            "The attack came {kw} days after {attacker} struck {town2}, killing {k} people, on {pastDate}.");

    private static final List<String> REACTIONS = List.of(
            "{Third} said it was {q}deeply alarmed{qc} by the rising number of civilian casualties in {region}.",
            "A neighbouring government condemned the attack as {q}an outrage{qc}, while {attSrc} accused its opponents of staging the scene.",
            "Diplomats said the strike would be raised at the UN Security Council later in the week.",
            "{Third} urged all parties to take every feasible precaution to spare civilians.",
            "{LocSrc2} appealed for blood donations and said hospitals in {town} were running short of supplies.");

    private static final List<String> HUMANITARIAN = List.of(
            "About {big}0 people were moved to temporary shelters in schools and sports halls, {locSrc2} said.",
            "Volunteers handed out food and water to families whose homes had been damaged.",
            "Aid workers said the attack had disrupted deliveries of supplies to {region}.",
            "Medical staff said they had run short of anaesthetics and blood for transfusions.",
            "Many residents spent the night in basements and did not return home until the morning.",
            "Engineers were inspecting {k} damaged buildings to decide which could be repaired.");

    private static final List<String> ANALYSIS = List.of(
            "Analysts say the pattern of attacks suggests an effort to wear down infrastructure in {region} before winter.",
            "Military analysts say the use of {weapons2} has grown sharply over the past year because they are cheap and hard to stop.",
            "The strike came as officials from both sides signalled openness to talks, although no date has been set.",
            "Reports from front-line areas are often delayed by damaged communications, and initial tolls are frequently revised.",
            "Local officials said {town} had received {k} warnings of incoming fire in the previous 24 hours.",
            "Journalists who reached {town} later in the day saw collapsed walls, burned-out cars and craters in the road.",
            "Casualty figures in the first hours after an attack often change as the wounded are counted and the missing are found.",
            "Neither side publishes its own military losses, and the figures each gives for the other side's are usually inflated.");

    private static final List<String> SECOND_EVENT = List.of(
            "Elsewhere, {injured2P} {wereI2} wounded when {weapon2} hit {town2} in {region2} {date2}, {locSrc2} said.",
            "In {town2}, {killed2P} died and {injured2P} {wereI2} injured in shelling {date2}, according to {locSrc2}.",
            "{LocSrc2} reported a separate attack on {town2} {date2} in which {injured2P} {wereI2} hurt and {k} houses were damaged.",
            "{Attacker} also targeted {town2} with {weapons2} {date2}, damaging {target2}; there were no immediate reports of casualties.",
            "A further strike on {town2}, {km} kilometres away, killed {killed2P}, {locSrc2} said later.");

    private static final List<String> INTERCEPTIONS = List.of(
            "{DefSrc} said air defences had shot down {k} of {big} drones launched overnight, as well as {kw} missiles.",
            "{DefSrc} said it had intercepted {big} drones over several regions, most of them before they reached their targets.",
            "Falling debris from a downed drone started a fire at {target2} in {town2}, {locSrc2} said.",
            "{DefSrc} said {kw} incoming missiles had been destroyed, but did not say how many had got through.");

    private static final List<String> CLASHES = List.of(
            "Fighting continued near {front}, where {defSrc} said its troops had repelled {k} assaults in the past 24 hours.",
            "{AttSrc} said its forces had taken control of the village of {front}, a claim {defSrc} disputed, saying the village remained contested.",
            "Clashes were also reported on the approaches to {front}, with both sides reporting losses.",
            "{DefSrc} said it had pushed back an attack near {front}, destroying {kw} {equipment}.");

    private static final List<String> CLOSERS = List.of(
            "Officials declared {weekdayAfter} a day of mourning in {town}.",
            "Funerals for some of the victims were held {weekdayAfterOn}, {locSrc2} said.",
            "Schools in {town} moved lessons online for the rest of the week.",
            "{Third} called for an independent investigation into the strike.",
            "{Third} said attacks on civilians and civilian objects were prohibited under international humanitarian law.");

    // ---------------------------------------------------------------------------------------------
    // One article

    private static final String[] SMALL = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};

    /** The facts of one article, fixed once, and the writing of it. */
    private static final class Story {
        final Theatre th;
        final SplittableRandom rnd;
        final LocalDate published;
        final LocalDate eventDate;
        final LocalDate eventDate2;
        final String date;
        final String date2;
        final Town town;
        final Town town2;
        final Weapon weapon;
        final Weapon weapon2;
        final String attacker;
        final String attSrc;
        final String locSrc;
        final String defSrc;
        final String target;
        final String claimed;
        final String front;
        final String outletName;
        final int killed;
        final int injured;
        final int killed2;
        final int injured2;
        final boolean curly;
        final boolean dateline;

        Story(Theatre th, SplittableRandom rnd, LocalDate published) {
            this.th = th;
            this.rnd = rnd;
            this.published = published;
            int back = rnd.nextInt(10) < 4 ? 0 : 1 + rnd.nextInt(3);
            this.eventDate = published.minusDays(back);
            this.date = datePhrase(eventDate, back);
            int back2 = Math.min(back + rnd.nextInt(2), 3);
            this.eventDate2 = published.minusDays(back2);
            this.date2 = back2 == back ? pick(List.of("on the same day", "that day", date)) : datePhrase(eventDate2, back2);
            this.town = pick(th.towns());
            Town t2 = pick(th.towns());
            while (t2.equals(town)) {
                t2 = pick(th.towns());
            }
            this.town2 = t2;
            this.weapon = pick(th.weapons());
            this.weapon2 = pick(th.weapons());
            Side side = pick(th.sides());
            this.attacker = pick(side.attackers());
            this.attSrc = pick(side.sources());
            this.locSrc = pick(th.localSources());
            this.defSrc = pick(th.defenceSources());
            this.target = pick(th.targets());
            this.claimed = pick(side.claimed());
            this.front = pick(th.frontLine());
            this.outletName = pick(List.of("the bench wire", "this outlet", "our correspondents", "the news agency"));
            this.killed = casualties(rnd, 20);
            this.injured = 1 + casualties(rnd, 0) + killed / 2;
            this.killed2 = rnd.nextInt(4);
            this.injured2 = 1 + rnd.nextInt(9);
            this.curly = rnd.nextBoolean();
            this.dateline = rnd.nextInt(10) < 4;
        }

        /** 0 with the given percent chance, otherwise a skewed count: mostly small, sometimes dozens. */
        private static int casualties(SplittableRandom rnd, int zeroPercent) {
            int r = rnd.nextInt(100);
            if (r < zeroPercent) {
                return 0;
            } else if (r < 70) {
                return 1 + rnd.nextInt(5);
            } else if (r < 90) {
                return 6 + rnd.nextInt(15);
            }
            return 21 + rnd.nextInt(60);
        }

        private String datePhrase(LocalDate d, int back) {
            String wd = weekday(d);
            String md = monthDay(d);
            if (back == 0) {
                return pick(List.of("on " + wd, "early on " + wd, "on " + wd + " morning", "today", "on " + md));
            } else if (back == 1) {
                return pick(List.of("on " + wd, "late on " + wd, "overnight", "yesterday", "on the night of " + md,
                        "on " + wd + " evening"));
            }
            return pick(List.of("on " + wd, "on " + md, "on " + wd + ", " + md, "on the night of " + md));
        }

        private static String weekday(LocalDate d) {
            return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        private static String monthDay(LocalDate d) {
            return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
        }

        <T> T pick(List<T> list) {
            return list.get(rnd.nextInt(list.size()));
        }

        /** Templates already used in this article: each is used at most once while others remain. */
        private final java.util.Set<String> used = new java.util.HashSet<>();

        /** A template from {@code list} not yet used in this article, when there is one. */
        private String fresh(List<String> list) {
            for (int tries = 0; tries < 12; tries++) {
                String t = pick(list);
                if (used.add(t)) {
                    return t;
                }
            }
            for (String t : list) {
                if (used.add(t)) {
                    return t;
                }
            }
            return pick(list);
        }

        String write() {
            String title = capitalize(fill(pick(killed > 0 ? TITLES_DEATHS : TITLES_INJURED)));
            // The length this article aims at; it ends on a paragraph boundary at or below it.
            int budget = MIN_BYTES + 100 + rnd.nextInt(MAX_BYTES - MIN_BYTES - 300);
            boolean deaths = killed > 0;

            // Lead paragraph: the main event, then one detail.
            StringBuilder lead = new StringBuilder();
            if (dateline) {
                lead.append(town.name().toUpperCase(Locale.ROOT)).append(", ").append(th.country()).append(" \u2014 ");
            }
            lead.append(sentence(fresh(deaths ? LEADS_DEATHS : LEADS_INJURED)));
            lead.append(' ').append(sentence(fresh(deaths ? CASUALTY_DETAILS : DAMAGE)));
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(lead.toString());

            // The body: sections in a typical order, each drawn from its own templates.
            paragraphs.add(para(DAMAGE, 2));
            paragraphs.add(para(QUOTES, 1));
            paragraphs.add(para(ATTACKER_CLAIMS, 1) + " " + sentence(fresh(th.denials())));
            paragraphs.add(para(deaths && rnd.nextBoolean() ? VERIFICATION_DEATHS : VERIFICATION, 1));
            if (rnd.nextBoolean()) {
                paragraphs.add(para(INTERCEPTIONS, 1 + rnd.nextInt(2)));
            }
            paragraphs.add(para(SECOND_EVENT, 2));
            paragraphs.add(para(deaths && rnd.nextBoolean() ? DISPUTES_DEATHS : DISPUTES, 2));
            paragraphs.add(para(CLASHES, 2));
            paragraphs.add(para(ANALYSIS, 2));
            if (deaths) {
                paragraphs.add(para(CASUALTY_DETAILS, 2));
            }
            paragraphs.add(para(QUOTES, 1));
            paragraphs.add(para(PREVIOUS, 2));
            paragraphs.add(para(th.background(), 3));
            paragraphs.add(para(REACTIONS, 2));
            paragraphs.add(para(HUMANITARIAN, 3));
            paragraphs.add(para(QUOTES, 1));
            paragraphs.add(para(ANALYSIS, 2));
            paragraphs.add(para(th.background(), 3));
            paragraphs.add(para(th.denials(), 1));
            paragraphs.add(para(CLOSERS, 1));
            paragraphs.add(para(th.background(), 2));

            // The text is the title, a blank line, then paragraphs separated by blank lines, one final newline.
            StringBuilder sb = new StringBuilder(MAX_BYTES + 512).append(title);
            int bytes = utf8Length(title) + 1; // + the final newline
            for (String p : paragraphs) {
                int add = utf8Length(p) + 2;
                if (bytes + add > budget && bytes >= MIN_BYTES) {
                    break;
                }
                if (bytes + add > MAX_BYTES) {
                    continue;
                }
                sb.append("\n\n").append(p);
                bytes += add;
            }
            // Top up with short sentences until the article is long enough.
            List<List<String>> extra = List.of(th.background(), HUMANITARIAN, REACTIONS, CLOSERS);
            while (bytes < MIN_BYTES) {
                String p = sentence(fresh(extra.get(rnd.nextInt(extra.size()))));
                int add = utf8Length(p) + 2;
                if (bytes + add > MAX_BYTES) {
                    continue;
                }
                sb.append("\n\n").append(p);
                bytes += add;
            }
            return sb.append('\n').toString();
        }

        private String para(List<String> templates, int sentences) {
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                if (p.length() > 0) {
                    p.append(' ');
                }
                p.append(sentence(fresh(templates)));
            }
            return p.toString();
        }

        private String sentence(String template) {
            return capitalize(fill(template));
        }

        String fill(String template) {
            StringBuilder out = new StringBuilder(template.length() + 64);
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                if (c == '{') {
                    int end = template.indexOf('}', i);
                    String key = template.substring(i + 1, end);
                    out.append(value(key));
                    i = end + 1;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        /** The text for one template key; a key starting with a capital gets a capitalised value. */
        private String value(String key) {
            if (Character.isUpperCase(key.charAt(0)) && !key.equals(key.toUpperCase(Locale.ROOT))) {
                String lower = Character.toLowerCase(key.charAt(0)) + key.substring(1);
                if (lower.endsWith("Cap")) {
                    lower = lower.substring(0, lower.length() - 3);
                }
                return capitalize(value(lower));
            }
            switch (key) {
                case "town": return town.name();
                case "town2": return town2.name();
                case "region": return town.region();
                case "region2": return town2.region();
                case "country": return th.country();
                case "attacker": return attacker;
                case "attSrc": return attSrc;
                case "locSrc": return locSrc;
                case "locSrcShort": return shortSource(locSrc);
                case "locSrc2": return pick(th.localSources());
                case "defSrc": return defSrc;
                case "third": return pick(th.thirdParties());
                case "weapon": return weapon.one();
                case "weapons": return weapon.many();
                case "weaponHeadline": return weapon.headline();
                case "weapon2": return weapon2.one();
                case "weapons2": return weapon2.many();
                case "target": return target;
                case "target2": return pick(th.targets());
                case "claimed": return claimed;
                case "equipment": return pick(th.equipment());
                case "front": return front;
                case "date": return date;
                case "date_cap": return capitalize(date);
                case "date2": return date2;
                case "weekdayAfter": return weekday(published.plusDays(1));
                case "weekdayAfterOn": return "on " + weekday(published.plusDays(1 + rnd.nextInt(2)));
                case "n": return Integer.toString(killed);
                case "n2": return Integer.toString(killed + 1 + rnd.nextInt(4));
                case "nLow": return Integer.toString(Math.max(1, killed - 1 - rnd.nextInt(3)));
                case "nLowCiv": {
                    int low = Math.max(1, killed - 1 - rnd.nextInt(3));
                    return low == 1 ? "one civilian" : low + " civilians";
                }
                case "m": return Integer.toString(injured);
                case "m2": return Integer.toString(injured + 2 + rnd.nextInt(6));
                case "killedP": return people(killed);
                case "injuredP": return people(injured);
                case "killed2P": return people(Math.max(1, killed2));
                case "injured2P": return people(injured2);
                case "wereK": return killed == 1 ? "was" : "were";
                case "wereI2": return injured2 == 1 ? "was" : "were";
                case "ordinal": return pick(List.of("second", "third", "fourth", "fifth"));
                case "pastDate": return monthDay(published.minusDays(5 + rnd.nextInt(20)));
                case "pastMonth": return published.minusMonths(1 + rnd.nextInt(3)).getMonth()
                        .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case "k": return Integer.toString(2 + rnd.nextInt(11));
                case "kw": return SMALL[2 + rnd.nextInt(8)];
                case "big": return Integer.toString(12 + rnd.nextInt(80));
                case "km": return Integer.toString(5 + rnd.nextInt(60));
                case "age": return Integer.toString(19 + rnd.nextInt(70));
                case "age2": return Integer.toString(2 + rnd.nextInt(14));
                case "name": return pick(th.firstNames()) + " " + pick(th.surnames());
                case "outletName": return outletName;
                case "q": return curly ? "\u201c" : "\"";
                case "qc": return curly ? "\u201d" : "\"";
                case "qp": return curly ? "\u2018" : "'";
                case "qcp": return curly ? "\u2019" : "'";
                default: throw new IllegalArgumentException("unknown template key {" + key + "}");
            }
        }

        /** A count of people written as reports write it: "at least 7 people", "seven people", "dozens of people". */
        private String people(int n) {
            if (n == 1) {
                return pick(List.of("one person", "one person", "a woman", "a man", "one civilian"));
            }
            int r = rnd.nextInt(10);
            if (n >= 24 && r == 0) {
                return "dozens of people";
            }
            if (n <= 12 && r < 4) {
                return SMALL[n] + (r == 3 ? " civilians" : " people");
            }
            if (r < 7) {
                return "at least " + n + " people";
            }
            if (r < 8 && n > 2) {
                return "more than " + (n - 1) + " people";
            }
            return n + (r == 9 ? " civilians" : " people");
        }

        private static String shortSource(String source) {
            String s = source.startsWith("the ") ? source.substring(4) : source;
            int comma = s.indexOf(',');
            return comma > 0 ? s.substring(0, comma) : s;
        }
    }

    static String capitalize(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The UTF-8 length of {@code s} without encoding it. */
    static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------
    // Output

    /** A JSON mapper writing {@link Article} as {@code {"id","url","outlet","published","text"}}. */
    public static ObjectMapper jsonMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Writes articles {@code 0..n-1} as JSON lines. */
    public void writeJsonLines(int n, OutputStream out) throws IOException {
        ObjectMapper json = jsonMapper();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (int i = 0; i < n; i++) {
            json.writeValue(w, article(i));
            w.write('\n');
        }
        w.flush();
    }

    private static void usage() {
        System.err.println("""
                usage: CorpusGenerator [--count N] [--seed S] [--out FILE] [--text DIR] [--stats]
                  --count N   number of articles (default 2000)
                  --seed S    seed (default %d); article i depends only on the seed and i
                  --out FILE  write JSON lines {"id","url","outlet","published","text"} (default: stdout)
                  --text DIR  instead, write one plain-text file per article (DIR/bench-000000.txt ...)
                  --stats     print count, total and mean bytes to stderr""".formatted(DEFAULT_SEED));
    }

    /**
     * Writes a corpus. Examples:
     * {@code java -cp bench/target/benchmarks.jar org.sitrep.bench.CorpusGenerator --count 100000 --out corpus.jsonl}.
     */
    public static void main(String[] args) throws IOException {
        int count = 2_000;
        long seed = DEFAULT_SEED;
        Path out = null;
        Path textDir = null;
        boolean stats = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--text" -> textDir = Path.of(args[++i]);
                case "--stats" -> stats = true;
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    usage();
                    System.exit(2);
                }
            }
        }
        CorpusGenerator gen = new CorpusGenerator(seed);
        if (textDir != null) {
            Files.createDirectories(textDir);
            for (int i = 0; i < count; i++) {
                Article a = gen.article(i);
                Files.writeString(textDir.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
            }
        } else if (out != null) {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                gen.writeJsonLines(count, os);
            }
        } else {
            gen.writeJsonLines(count, System.out);
        }
        if (stats) {
            long total = 0;
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int i = 0; i < count; i++) {
                int b = utf8Length(gen.article(i).text());
                total += b;
                min = Math.min(min, b);
                max = Math.max(max, b);
            }
            System.err.printf(Locale.ROOT, "articles=%d total_bytes=%d mean_bytes=%.1f min_bytes=%d max_bytes=%d%n",
                    count, total, count == 0 ? 0.0 : (double) total / count, min, max);
        }
    }
}
