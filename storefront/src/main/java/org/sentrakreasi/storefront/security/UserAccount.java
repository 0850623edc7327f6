package org.sentrakreasi.storefront.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.sentrakreasi.catalog.application.Actor;

/** A person who signs in: staff or a maker. The password is only ever held as a hash. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @Column(name = "username", length = 80)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "role", nullable = false, length = 20)
    private String role;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "maker_id")
    private Long makerId;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String role, Long unitId, Long makerId, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.unitId = unitId;
        this.makerId = makerId;
        this.active = true;
        this.createdAt = now;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public Optional<Long> unitId() {
        return Optional.ofNullable(unitId);
    }

    public Optional<Long> makerId() {
        return Optional.ofNullable(makerId);
    }

    /** Whether the account may sign in. */
    public boolean isActive() {
        return active;
    }

    /** The account as the catalog sees it: role, unit and maker profile. */
    public Actor asActor() {
        return new Actor(username, Actor.Role.valueOf(role), unitId, makerId);
    }
}
