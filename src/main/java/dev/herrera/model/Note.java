package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A recorded disagreement between sources: which fact ({@code about}), what each source says,
 * what the dataset holds, and why.
 */
public record Note(String about, List<Claim> claims, String holds, @JsonProperty("why") String why) {
    public Note {
        Checks.text(about, "about");
        claims = Checks.nonEmpty(claims, "claims");
        Checks.text(holds, "holds");
        Checks.text(why, "why");
    }
}
