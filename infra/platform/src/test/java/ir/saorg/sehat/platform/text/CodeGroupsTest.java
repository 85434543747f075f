package ir.saorg.sehat.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeGroupsTest {

    @Test
    void showsTwentyDigitsAsFiveGroupsOfFour() {
        assertThat(CodeGroups.of("48213390577126048835")).isEqualTo("4821-3390-5771-2604-8835");
    }
}
