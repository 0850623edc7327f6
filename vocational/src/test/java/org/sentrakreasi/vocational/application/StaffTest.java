package org.sentrakreasi.vocational.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaffTest {

    private final Staff bekasi = Staff.coordinator("koordinator.bekasi", 1);
    private final Staff admin = Staff.admin("admin");

    @Test
    void aCoordinatorSeesOnlyTheOwnUnit() {
        assertThat(bekasi.sees(1)).isTrue();
        assertThat(bekasi.sees(2)).isFalse();
        bekasi.requireAccessTo(1);
        assertThatThrownBy(() -> bekasi.requireAccessTo(2))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("This record belongs to another unit");
    }

    @Test
    void anAdminSeesEveryUnit() {
        assertThat(admin.sees(1)).isTrue();
        assertThat(admin.sees(99)).isTrue();
        admin.requireAdmin();
    }

    @Test
    void aCoordinatorWithoutAUnitSeesNothing() {
        Staff unplaced = new Staff("baru", Staff.Role.COORDINATOR, null);
        assertThat(unplaced.sees(1)).isFalse();
        assertThatThrownBy(() -> unplaced.scopeOf(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAnAdminDoesAdminTasks() {
        assertThatThrownBy(bekasi::requireAdmin).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void listsAreScopedToTheCoordinatorsUnitWhateverIsAskedFor() {
        assertThat(bekasi.scopeOf(null)).isEqualTo(1L);
        assertThat(bekasi.scopeOf(1L)).isEqualTo(1L);
        assertThatThrownBy(() -> bekasi.scopeOf(2L)).isInstanceOf(AccessDeniedException.class);
        assertThat(admin.scopeOf(null)).isNull();
        assertThat(admin.scopeOf(2L)).isEqualTo(2L);
    }
}
