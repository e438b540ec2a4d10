package org.tandem.evaluation.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.evaluation.figures.Disclosure.Cell;
import org.tandem.evaluation.figures.Disclosure.Group;
import org.tandem.evaluation.figures.Disclosure.Visibility;

/** Disclosure control with worked examples, computed by hand (k = 5 unless said). */
class DisclosureTests {

	private final Disclosure five = Disclosure.byDefault();

	@Test
	void fourIsHiddenAndFiveIsShown() {
		assertThat(five.minimum()).isEqualTo(5);
		assertThat(five.cell(4)).isEqualTo(new Cell(Visibility.FEWER_THAN_MINIMUM, 0, 5));
		assertThat(five.cell(5)).isEqualTo(new Cell(Visibility.SHOWN, 5, 5));
		assertThat(five.allows(4)).isFalse();
		assertThat(five.allows(5)).isTrue();
	}

	@Test
	void zeroAndOneAreHiddenLikeAnySmallCount() {
		assertThat(five.cell(0).isShown()).isFalse();
		assertThat(five.cell(1).isShown()).isFalse();
		assertThat(five.cell(0)).isEqualTo(five.cell(4));
	}

	@Test
	void aHiddenCellSaysFewerThanKAndNeverItsNumber() {
		Cell hidden = five.cell(3);
		assertThat(hidden.shownValue()).isEmpty();
		assertThat(hidden.value()).isZero();
		assertThat(hidden.messageKey()).isEqualTo("evaluation.disclosure.fewer");
		assertThat(hidden.messageArgument()).isEqualTo(5);
		assertThatThrownBy(() -> new Cell(Visibility.FEWER_THAN_MINIMUM, 3, 5))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shownCountsAreRoundedToTheNearestFive() {
		assertThat(List.of(5L, 6L, 7L, 8L, 9L, 10L, 12L, 13L, 17L, 18L, 102L, 103L).stream().map(five::cell)
			.map(Cell::value))
			.containsExactly(5L, 5L, 5L, 10L, 10L, 10L, 10L, 15L, 15L, 20L, 100L, 105L);
		assertThat(five.cell(13).messageKey()).isEqualTo("evaluation.disclosure.shown");
		assertThat(five.cell(13).messageArgument()).isEqualTo(15);
	}

	@Test
	void withTheLowestMinimumAShownCellNeverRoundsToZero() {
		Disclosure three = Disclosure.withMinimum(3);
		assertThat(three.cell(2).isShown()).isFalse();
		assertThat(three.cell(3)).isEqualTo(new Cell(Visibility.SHOWN, 5, 3));
		assertThat(three.cell(4).value()).isEqualTo(5);
		for (long count = 3; count < 1000; count++) {
			assertThat(three.cell(count).value()).isPositive();
		}
	}

	@Test
	void theMinimumIsNeverBelowThree() {
		assertThatThrownBy(() -> Disclosure.withMinimum(2)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Disclosure.withMinimum(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Disclosure.withMinimum(101)).isInstanceOf(IllegalArgumentException.class);
		assertThat(Disclosure.withMinimum(3).minimum()).isEqualTo(3);
		assertThatThrownBy(() -> five.cell(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aGroupWithOneHiddenCellHidesTheSmallestOtherToo() {
		// 12 + 7 + 3 = 22: 3 is hidden; 22 - 12 - 7 would give it back, so 7 (the smallest shown) is hidden too.
		Group group = five.group(List.of(12L, 7L, 3L));
		assertThat(group.cells()).extracting(Cell::visibility)
			.containsExactly(Visibility.SHOWN, Visibility.PROTECTING_ANOTHER, Visibility.FEWER_THAN_MINIMUM);
		assertThat(group.cells().get(0).value()).isEqualTo(10);
		assertThat(group.total()).isEqualTo(new Cell(Visibility.SHOWN, 20, 5));
		assertThat(group.cells().get(1).messageKey()).isEqualTo("evaluation.disclosure.protecting");
	}

	@Test
	void hiddenCellsThatTogetherHoldKNeedNoMoreHiding() {
		// 3 + 2 = 5 hidden together: the total tells only that the two hold about 5 between them.
		Group group = five.group(List.of(20L, 3L, 2L, 9L));
		assertThat(group.cells()).extracting(Cell::visibility)
			.containsExactly(Visibility.SHOWN, Visibility.FEWER_THAN_MINIMUM, Visibility.FEWER_THAN_MINIMUM,
					Visibility.SHOWN);
		assertThat(group.cells()).extracting(Cell::value).containsExactly(20L, 0L, 0L, 10L);
		assertThat(group.total().value()).isEqualTo(35);
	}

	@Test
	void hiddenCellsBelowKTogetherTakeShownCellsUntilTheyHoldK() {
		// 1 + 1 = 2 < 5: the smallest shown (6) joins them; 8 stays.
		Group group = five.group(List.of(8L, 1L, 6L, 1L));
		assertThat(group.cells()).extracting(Cell::visibility)
			.containsExactly(Visibility.SHOWN, Visibility.FEWER_THAN_MINIMUM, Visibility.PROTECTING_ANOTHER,
					Visibility.FEWER_THAN_MINIMUM);
	}

	@Test
	void aGroupWithNothingHiddenShowsEveryCellRounded() {
		Group group = five.group(List.of(6L, 9L, 14L));
		assertThat(group.cells()).extracting(Cell::value).containsExactly(5L, 10L, 15L);
		assertThat(group.total().value()).isEqualTo(30);
	}

	@Test
	void aGroupOfFourShowsNothing() {
		Group group = five.group(List.of(2L, 2L, 0L));
		assertThat(group.total().isShown()).isFalse();
		assertThat(group.cells()).noneMatch(Cell::isShown);
		assertThat(five.group(List.of()).total().isShown()).isFalse();
	}

	@Test
	void aZeroCellInAGroupIsProtectedLikeAnyOther() {
		// 0 would say "nobody left": hidden, and 9 hidden with it since 14 - 5 would give the 0 back.
		Group group = five.group(List.of(5L, 9L, 0L));
		assertThat(group.cells()).extracting(Cell::visibility)
			.containsExactly(Visibility.PROTECTING_ANOTHER, Visibility.SHOWN, Visibility.FEWER_THAN_MINIMUM);
		assertThat(group.total().value()).isEqualTo(15);
	}

	@Test
	void tiesAreBrokenByPositionSoTheSameInputGivesTheSameOutput() {
		Group group = five.group(List.of(7L, 7L, 2L));
		assertThat(group.cells()).extracting(Cell::visibility)
			.containsExactly(Visibility.PROTECTING_ANOTHER, Visibility.SHOWN, Visibility.FEWER_THAN_MINIMUM);
	}

	@Test
	void theRoundingRuleOnItsOwn() {
		assertThat(Disclosure.round(0)).isZero();
		assertThat(Disclosure.round(2)).isZero();
		assertThat(Disclosure.round(3)).isEqualTo(5);
		assertThat(Disclosure.round(22)).isEqualTo(20);
		assertThat(Disclosure.round(23)).isEqualTo(25);
	}

}
