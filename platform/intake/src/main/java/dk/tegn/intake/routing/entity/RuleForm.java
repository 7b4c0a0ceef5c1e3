package dk.tegn.intake.routing.entity;

import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.Gender;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An admin's edit of a routing rule; empty condition sets match anything. */
public record RuleForm(
    @Min(value = 0, message = "{intake.routing.position.range}")
        @Max(value = 100000, message = "{intake.routing.position.range}")
        int position,
    @NotBlank(message = "{platform.required}")
        @Size(max = 100, message = "{intake.referral.text.tooLong}")
        String name,
    Set<AgeCategory> ageCategories,
    Set<Gender> genders,
    @NotNull(message = "{platform.required}") Long teamId,
    boolean urgent) {

  public RuleForm {
    ageCategories = ageCategories == null ? Set.of() : Set.copyOf(ageCategories);
    genders = genders == null ? Set.of() : Set.copyOf(genders);
  }
}
