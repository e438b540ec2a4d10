package org.tandem.evaluation.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * Disclosure control for every figure that covers more than one organization. Pure and immutable: give it the true
 * counts, publish only what it returns. The rules, in order:
 * <ol>
 * <li><b>Minimum group size k</b> (default {@value #DEFAULT_MINIMUM}, never below {@value #LOWEST_MINIMUM}): a cell
 * counting fewer than k organizations, respondents or requests is not shown. It reads "fewer than k", never the
 * number; a zero is hidden the same way, so "nobody" is not revealed either.</li>
 * <li><b>Rounding</b>: a shown count is rounded to the nearest multiple of {@value #ROUNDING_BASE} (remainders 1
 * and 2 down, 3 and 4 up: 5, 6, 7 → 5; 8, 12 → 10; 13 → 15). A shown cell holds at least k ≥ 3, so it never
 * rounds to 0. Totals are rounded from their true value, so shown cells need not add up to the shown total.</li>
 * <li><b>Secondary suppression</b> ({@link #group}): when a group of cells is published with its total, the total
 * minus the shown cells tells the sum of the hidden ones. So the hidden cells of a group must together hold at least
 * k: while they do not, the smallest shown cell is hidden too ("hidden to protect another cell"). A group whose total
 * is below k shows nothing. Only one direction of a table is protected: a figure must not publish totals across
 * groups (column totals) as well as within them.</li>
 * </ol>
 * An average or a distribution of answers is published only when its group is allowed ({@link #allows}).
 * A hidden {@link Cell} carries no trace of its true count.
 */
public final class Disclosure {

	/** The minimum group size when administrators set none. */
	public static final int DEFAULT_MINIMUM = 5;

	/** No setting goes below this: with two, each of the pair knows the other's answer. */
	public static final int LOWEST_MINIMUM = 3;

	/** The highest minimum the setting accepts (a hub that wants more publishes nothing). */
	public static final int HIGHEST_MINIMUM = 100;

	/** Shown counts are rounded to the nearest multiple of this. */
	public static final int ROUNDING_BASE = 5;

	private final int minimum;

	private Disclosure(int minimum) {
		if (minimum < LOWEST_MINIMUM || minimum > HIGHEST_MINIMUM) {
			throw new IllegalArgumentException("minimum group size out of range: " + minimum);
		}
		this.minimum = minimum;
	}

	/** Disclosure control with a minimum group size of k ({@value #LOWEST_MINIMUM} to {@value #HIGHEST_MINIMUM}). */
	public static Disclosure withMinimum(int k) {
		return new Disclosure(k);
	}

	/** Disclosure control with the default minimum group size. */
	public static Disclosure byDefault() {
		return new Disclosure(DEFAULT_MINIMUM);
	}

	/** The minimum group size k. */
	public int minimum() {
		return minimum;
	}

	/** Whether a group of this many may be described at all (an average, a distribution, a cell). */
	public boolean allows(long groupSize) {
		return groupSize >= minimum;
	}

	/** One count on its own: shown rounded when at least k, otherwise "fewer than k". */
	public Cell cell(long count) {
		requireCount(count);
		return allows(count) ? Cell.shown(round(count), minimum) : Cell.fewer(minimum);
	}

	/**
	 * Cells that together make a published total (the parts of one whole: answers to one question, months of one
	 * year are not; sources of referrals in one month are). Returns the cells in the given order and the total, with
	 * secondary suppression applied.
	 */
	public Group group(List<Long> counts) {
		counts.forEach(Disclosure::requireCount);
		long total = counts.stream().mapToLong(Long::longValue).sum();
		if (!allows(total)) {
			return new Group(counts.stream().map(count -> Cell.fewer(minimum)).toList(), Cell.fewer(minimum));
		}
		List<Cell> cells = new ArrayList<>(counts.stream().map(this::cell).toList());
		long hiddenSum = IntStream.range(0, counts.size()).filter(i -> !cells.get(i).isShown())
				.mapToLong(counts::get).sum();
		boolean anyHidden = cells.stream().anyMatch(cell -> !cell.isShown());
		List<Integer> shownSmallestFirst = IntStream.range(0, counts.size()).filter(i -> cells.get(i).isShown())
				.boxed().sorted(Comparator.comparingLong((Integer i) -> counts.get(i)).thenComparing(i -> i))
				.toList();
		for (int i = 0; anyHidden && hiddenSum < minimum && i < shownSmallestFirst.size(); i++) {
			int index = shownSmallestFirst.get(i);
			cells.set(index, Cell.protecting(minimum));
			hiddenSum += counts.get(index);
		}
		return new Group(List.copyOf(cells), Cell.shown(round(total), minimum));
	}

	/** A count rounded to the nearest multiple of {@value #ROUNDING_BASE} (halves cannot happen: the base is odd). */
	public static long round(long count) {
		requireCount(count);
		return (count + ROUNDING_BASE / 2) / ROUNDING_BASE * ROUNDING_BASE;
	}

	private static void requireCount(long count) {
		if (count < 0) {
			throw new IllegalArgumentException("a count cannot be negative");
		}
	}

	/** Why a cell is not shown, or that it is. */
	public enum Visibility {

		/** Shown, rounded. */
		SHOWN,

		/** Fewer than k: not shown. */
		FEWER_THAN_MINIMUM,

		/** Not shown so that a hidden cell of the same group cannot be worked out from the total. */
		PROTECTING_ANOTHER;

	}

	/**
	 * One published cell: its rounded value when shown, otherwise only why it is hidden. {@code minimum} is k, for the
	 * sentence "fewer than k".
	 */
	public record Cell(Visibility visibility, long value, int minimum) {

		public Cell {
			if (visibility != Visibility.SHOWN && value != 0) {
				throw new IllegalArgumentException("a hidden cell carries no value");
			}
		}

		static Cell shown(long rounded, int minimum) {
			return new Cell(Visibility.SHOWN, rounded, minimum);
		}

		static Cell fewer(int minimum) {
			return new Cell(Visibility.FEWER_THAN_MINIMUM, 0, minimum);
		}

		static Cell protecting(int minimum) {
			return new Cell(Visibility.PROTECTING_ANOTHER, 0, minimum);
		}

		public boolean isShown() {
			return visibility == Visibility.SHOWN;
		}

		/** The rounded value, empty when hidden. */
		public OptionalLong shownValue() {
			return isShown() ? OptionalLong.of(value) : OptionalLong.empty();
		}

		/**
		 * The message that says why the cell is hidden, with k as its argument ({@code evaluation.disclosure.fewer}
		 * or {@code evaluation.disclosure.protecting}); for a shown cell the key of "{0}"
		 * ({@code evaluation.disclosure.shown}).
		 */
		public String messageKey() {
			return switch (visibility) {
				case SHOWN -> "evaluation.disclosure.shown";
				case FEWER_THAN_MINIMUM -> "evaluation.disclosure.fewer";
				case PROTECTING_ANOTHER -> "evaluation.disclosure.protecting";
			};
		}

		/** The argument of {@link #messageKey()}: the value when shown, k otherwise. */
		public long messageArgument() {
			return isShown() ? value : minimum;
		}

	}

	/** The cells of one group, in the order given, and their total. */
	public record Group(List<Cell> cells, Cell total) {

		public Group {
			cells = List.copyOf(cells);
		}

	}

}
