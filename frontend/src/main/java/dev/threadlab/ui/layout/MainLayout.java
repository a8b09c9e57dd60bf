package dev.threadlab.ui.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import dev.threadlab.ui.library.LibraryView;

/** The frame around every view: the lab's name and its navigation. */
@Layout
public class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;

    public MainLayout() {
        H1 title = new H1("Thread Lab");
        title.setId("app-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span tagline = new Span("see what CPython threads really do");
        tagline.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        SkipLink skip = new SkipLink("skip-to-content", "Skip to content", "[role=main]");
        HorizontalLayout header = new HorizontalLayout(skip, new DrawerToggle(), title, tagline);
        header.getElement().setAttribute("role", "banner");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setPadding(true);
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.setLabel("Lab");
        nav.addItem(new SideNavItem("Library", LibraryView.class));
        nav.addItem(new SideNavItem("Editor", "editor"));
        nav.addItem(new SideNavItem("Classroom", "classroom"));
        SideNavItem api = new SideNavItem("API", "/api/openapi.json");
        api.setRouterIgnore(true);   // the API's OpenAPI description, not a view of the lab
        api.setId("api-link");
        nav.addItem(api);
        addToDrawer(nav);
        header.add(new ThemeToggle());
    }

    /** Each view is the page's main landmark, and the target of the skip link. */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("role", "main");
    }
}
