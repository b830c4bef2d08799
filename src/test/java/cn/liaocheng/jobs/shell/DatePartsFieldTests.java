package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.shell.DatePartsField.Problem;
import cn.liaocheng.jobs.shell.ErrorSummaryTests.FormView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DatePartsFieldTests extends SpringBrowserlessTest {

    private DatePartsField field;

    @BeforeEach
    void openForm() {
        field = navigate("test-only/error-summary-form", FormView.class).birthday;
    }

    private TextField part(String label) {
        return $(TextField.class, field).withLabel(label).single();
    }

    private void type(String year, String month, String day) {
        test(part("年")).setValue(year);
        test(part("月")).setValue(month);
        test(part("日")).setValue(day);
    }

    @Test
    void the_date_is_three_labelled_number_boxes_in_a_labelled_group() {
        assertThat(field.getLabel()).isEqualTo("出生日期");
        assertThat(field.getHelperText()).isEqualTo("例如 1990 年 3 月 5 日");
        assertThat($(TextField.class, field).all()).extracting(TextField::getLabel).containsExactly("年", "月", "日");
        assertThat(part("年").getElement().getAttribute("inputmode")).isEqualTo("numeric");
    }

    @Test
    void a_valid_date_is_read_from_the_parts() {
        type("1990", "3", "5");

        assertThat(field.getValue()).isEqualTo(LocalDate.of(1990, 3, 5));
        assertThat(field.problem()).isEmpty();
    }

    @Test
    void full_width_digits_and_spaces_from_chinese_input_methods_are_accepted() {
        type(" １９９０ ", "０３\u3000", "5日");

        assertThat(field.getValue()).isEqualTo(LocalDate.of(1990, 3, 5));
    }

    @Test
    void a_date_that_does_not_exist_keeps_what_was_typed_and_says_why() {
        type("2023", "2", "30");

        assertThat(field.getValue()).isNull();
        assertThat(field.problem()).contains(Problem.NO_SUCH_DATE);
        assertThat(field.problemMessage()).contains("这个日期不存在，请检查月和日");
        assertThat(part("年").getValue()).isEqualTo("2023");
        assertThat(part("月").getValue()).isEqualTo("2");
        assertThat(part("日").getValue()).isEqualTo("30");
        assertThat(field.isEmpty()).isFalse();
    }

    @Test
    void a_missing_part_is_named() {
        type("1990", "3", "");
        assertThat(field.problem()).contains(Problem.MISSING_DAY);
        assertThat(field.problemMessage()).contains("请填写日");

        type("1990", "", "5");
        assertThat(field.problem()).contains(Problem.MISSING_MONTH);

        type("", "3", "5");
        assertThat(field.problem()).contains(Problem.MISSING_YEAR);
        assertThat(field.getValue()).isNull();
    }

    @Test
    void letters_and_years_outside_the_range_are_explained() {
        type("1990", "三", "5");
        assertThat(field.problem()).contains(Problem.NOT_A_NUMBER);

        field.setYearRange(1950, 2010);
        type("90", "3", "5");
        assertThat(field.problem()).contains(Problem.YEAR_OUT_OF_RANGE);
        assertThat(field.problemMessage()).contains("请填写 1950 到 2010 之间的年份，用 4 位数字");
    }

    @Test
    void nothing_typed_is_empty_and_not_a_problem() {
        assertThat(field.isEmpty()).isTrue();
        assertThat(field.getValue()).isNull();
        assertThat(field.problem()).isEmpty();
    }

    @Test
    void setting_a_date_fills_the_parts() {
        field.setValue(LocalDate.of(2001, 12, 9));

        assertThat(part("年").getValue()).isEqualTo("2001");
        assertThat(part("月").getValue()).isEqualTo("12");
        assertThat(part("日").getValue()).isEqualTo("9");
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2001, 12, 9));
    }

    @Test
    void birthday_autocomplete_is_offered_only_when_asked_for() {
        assertThat(part("年").getAutocomplete()).isNull();

        field.setBirthdayAutocomplete();

        assertThat(part("年").getElement().getAttribute("autocomplete")).isEqualTo("bday-year");
        assertThat(part("月").getElement().getAttribute("autocomplete")).isEqualTo("bday-month");
        assertThat(part("日").getElement().getAttribute("autocomplete")).isEqualTo("bday-day");
    }
}
