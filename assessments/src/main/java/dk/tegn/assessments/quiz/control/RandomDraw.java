package dk.tegn.assessments.quiz.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws an attempt's questions from a quiz's slots. Deterministic for a seed ({@link Random} with a
 * seed is specified to give the same sequence on every JVM), so a stored seed reproduces the draw;
 * the attempt nevertheless stores the drawn order, which is what it shows.
 */
public final class RandomDraw {

  private RandomDraw() {}

  /** A quiz slot: a fixed question, or {@code count} questions drawn from a category. */
  public sealed interface Slot {}

  public record Fixed(long questionId) implements Slot {}

  public record FromCategory(long categoryId, int count) implements Slot {}

  /** Raised when a category holds too few questions that are not already in the attempt. */
  public static final class NotEnoughQuestions extends RuntimeException {
    private final long categoryId;
    private final int wanted;
    private final int available;

    NotEnoughQuestions(long categoryId, int wanted, int available) {
      super("category " + categoryId + ": " + wanted + " wanted, " + available + " available");
      this.categoryId = categoryId;
      this.wanted = wanted;
      this.available = available;
    }

    public long categoryId() {
      return categoryId;
    }

    public int wanted() {
      return wanted;
    }

    public int available() {
      return available;
    }
  }

  /**
   * Returns question ids in attempt order. A question appears at most once: fixed questions are
   * never drawn again, and two random slots on one category draw different questions.
   *
   * @param pools question ids per category
   */
  public static List<Long> questions(List<Slot> slots, Map<Long, List<Long>> pools, long seed) {
    Random random = new Random(seed);
    Set<Long> used = new HashSet<>();
    slots.stream().filter(Fixed.class::isInstance).forEach(s -> used.add(((Fixed) s).questionId()));
    List<Long> drawn = new ArrayList<>();
    for (Slot slot : slots) {
      if (slot instanceof Fixed fixed) {
        drawn.add(fixed.questionId());
      } else if (slot instanceof FromCategory from) {
        List<Long> candidates =
            new ArrayList<>(
                pools.getOrDefault(from.categoryId(), List.of()).stream().sorted().toList());
        candidates.removeAll(used);
        if (candidates.size() < from.count()) {
          throw new NotEnoughQuestions(from.categoryId(), from.count(), candidates.size());
        }
        Collections.shuffle(candidates, random);
        List<Long> picked = candidates.subList(0, from.count());
        used.addAll(picked);
        drawn.addAll(picked);
      }
    }
    return drawn;
  }

  /**
   * The display order of each list of keys of one question; keys are shuffled when {@code shuffle}
   * or when the list must always be shuffled.
   *
   * @param orderables part key ("" for the question) to keys, with "always shuffle" flags
   */
  public static Map<String, List<String>> presentation(
      List<dk.tegn.assessments.question.entity.Content.Orderable> orderables,
      boolean shuffle,
      Random random) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (var orderable : orderables) {
      List<String> keys = new ArrayList<>(orderable.keys());
      if (shuffle || orderable.alwaysShuffle()) {
        Collections.shuffle(keys, random);
      }
      if (orderable.alwaysShuffle() && keys.size() > 1 && keys.equals(orderable.keys())) {
        // shown in the stored order, an ordering question or matching list would answer itself
        Collections.rotate(keys, 1);
      }
      result.put(orderable.part(), List.copyOf(keys));
    }
    return result;
  }
}
