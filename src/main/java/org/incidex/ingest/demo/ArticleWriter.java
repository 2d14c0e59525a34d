package org.incidex.ingest.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes the words of one article from a fact: headline, standfirst, 4 to 8 paragraphs. Stateless. */
final class ArticleWriter {

    /** The words of one article, before any layout. */
    record Story(String headline, String standfirst, List<String> paragraphs, String caption, List<String> tags) {
    }

    private ArticleWriter() {
    }

    static Story write(Fact fact, Random r, LocalDate published, boolean britishDates, List<Fact> corpus) {
        Draft d = new Draft(fact, r, published, britishDates, corpus);
        String headline = Leads.headline(d);
        String standfirst = Leads.standfirst(d);

        List<String> paras = new ArrayList<>();
        paras.add(Leads.lead(d));
        String response = r.nextInt(3) > 0 ? Color.response(d) : null;
        String toll = Casualties.toll(d);
        String attribution = Color.attribution(d);
        // Short tolls share a paragraph with the attribution, as wire copy often does.
        if (!toll.isEmpty() && toll.length() < 90 && r.nextBoolean()) {
            paras.add(toll + " " + attribution);
        } else {
            if (!toll.isEmpty()) paras.add(toll);
            paras.add(attribution);
        }
        if (response != null) paras.add(response);
        paras.add(Color.quote(d, true));
        if (r.nextBoolean()) paras.add(Color.quote(d, false));
        if (r.nextInt(3) > 0) paras.add(Color.reaction(d));
        String context = r.nextInt(3) > 0 ? Color.context(d) : null;
        if (context != null) paras.add(context);
        if (paras.size() < 8 && (paras.size() < 4 || r.nextBoolean())) paras.add(Color.closing(d));
        while (paras.size() < 4) paras.add(Color.quote(d, false));
        if (paras.size() > 8) paras.subList(8, paras.size()).clear();

        String caption = Prose.pick(r, "A street in " + fact.city() + ". (File photo)",
                fact.city() + ", " + fact.country() + ". File image.",
                "File photo of " + fact.city() + ".");
        List<String> tags = new ArrayList<>();
        tags.add(fact.city());
        tags.add(fact.country());
        tags.add(fact.attackType());
        tags.addAll(fact.groups());
        return new Story(headline, standfirst, List.copyOf(paras), caption, List.copyOf(tags));
    }
}
