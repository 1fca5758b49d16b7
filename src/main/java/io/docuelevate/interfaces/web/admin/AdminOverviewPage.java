package io.docuelevate.interfaces.web.admin;

import io.docuelevate.application.system.AdminCenter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /admin/}: the admin pages, and Liberty's admin center when this server has it switched on. */
@Named("adminOverview")
@RequestScoped
public class AdminOverviewPage {

    @Inject
    AdminCenter adminCenter;

    public boolean isAdminCenterEnabled() {
        return adminCenter.enabled();
    }

    public String getAdminCenterPath() {
        return adminCenter.path();
    }
}
