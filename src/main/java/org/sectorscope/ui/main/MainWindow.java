package org.sectorscope.ui.main;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.canvas.QuadrantCanvasView;
import org.sectorscope.ui.canvas.QuadrantCanvasViewModel;
import org.sectorscope.ui.comments.CommentsView;
import org.sectorscope.ui.comments.CommentsViewModel;
import org.sectorscope.ui.common.DeferredPane;
import org.sectorscope.ui.common.LazyTabContent;
import org.sectorscope.ui.common.NextFrame;
import org.sectorscope.ui.common.WindowSetup;
import org.sectorscope.ui.conflicts.ConflictsView;
import org.sectorscope.ui.coverage.CoverageView;
import org.sectorscope.ui.definitions.DefinitionsDialog;
import org.sectorscope.ui.editions.WhatMovedView;
import org.sectorscope.ui.editions.WhatMovedViewModel;
import org.sectorscope.ui.evidence.EvidenceImportDialog;
import org.sectorscope.ui.evidence.EvidenceImportDialogViewModel;
import org.sectorscope.ui.evidence.EvidenceView;
import org.sectorscope.ui.evidence.EvidenceViewModel;
import org.sectorscope.ui.export.ExportDialog;
import org.sectorscope.ui.export.ExportDialogViewModel;
import org.sectorscope.ui.filediff.FileDiffView;
import org.sectorscope.ui.filediff.FileDiffViewModel;
import org.sectorscope.ui.inspector.SectorInspectorView;
import org.sectorscope.ui.inspector.SectorInspectorViewModel;
import org.sectorscope.ui.options.PolicyOptionsView;
import org.sectorscope.ui.options.PolicyOptionsViewModel;
import org.sectorscope.ui.options.compare.CompareOptionsDialog;
import org.sectorscope.ui.options.sensitivity.SensitivityWindow;
import org.sectorscope.ui.sectors.SectorItem;
import org.sectorscope.ui.sectors.SectorsView;
import org.sectorscope.ui.sectors.SectorsViewModel;
import org.sectorscope.ui.sources.SourceFolders;
import org.sectorscope.ui.sources.SourceOpener;
import org.sectorscope.ui.sources.SourcesDialog;

/**
 * The main window: menus, the four linked panes, a status bar and the document's notices. File actions go to the
 * {@link ProjectDocument}, which decides each step; the window shows what it says.
 */
public final class MainWindow {
    private final ProjectDocument document;
    private final MainWindowDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private Stage stage;
    private EvidenceView evidence;
    private SectorInspectorView inspector;
    private Tab inspectorTab;
    private CommentsView comments;
    private Tab commentsTab;
    private WhatMovedViewModel whatMoved;
    private Tab whatMovedTab;
    private SectorsView sectors;
    private SectorsViewModel sectorsViewModel;
    private QuadrantCanvasViewModel canvasViewModel;
    private PolicyOptionsViewModel optionsViewModel;
    private PaneStagger stagger;
    private QuadrantCanvasView canvas;
    /** The panes built after the window's first frame at launch ({@link #withSidePanesLater}); at once otherwise. */
    private DeferredPane sectorsPane;
    private DeferredPane evidencePane;
    private DeferredPane optionsPane;
    private final PaneLayoutViewModel layoutViewModel = new PaneLayoutViewModel();
    private final ViewMenuViewModel viewMenu = ViewMenuViewModel.forApp(layoutViewModel);
    private final StatusLineViewModel statusLine;
    private PaneLayout paneLayout;
    private final MainMenus menus;
    /** Folders the analyst chose for "Open source" this session; a project file cannot add to them. */
    private final SourceFolders sourceFolders = new SourceFolders();

    /** A window with every pane built now. */
    public MainWindow(ProjectDocument document, MainWindowDialogs dialogs) {
        this(document, dialogs, true);
    }

    /**
     * A window whose Sectors, Evidence and Options panes show their titles only, and whose canvas has no
     * marker-style choices yet, until {@link #buildSidePanes} (or anything that needs a pane) builds them: at
     * launch, the canvas with the project is painted first.
     */
    public static MainWindow withSidePanesLater(ProjectDocument document, MainWindowDialogs dialogs) {
        return new MainWindow(document, dialogs, false);
    }

    private MainWindow(ProjectDocument document, MainWindowDialogs dialogs, boolean buildAllNow) {
        this.document = document;
        this.dialogs = dialogs;
        this.statusLine = new StatusLineViewModel(document.busyProperty(), document.progressProperty());
        ProjectSession session = document.session();
        root.getStyleClass().add("main-window");
        Parent panes = panes(session, buildAllNow);
        menus = new MainMenus(this, document);
        root.setTop(menus.build(session));
        root.setCenter(new VBox(ChangedOnDiskBar.of(document), panes));
        VBox.setVgrow(panes, Priority.ALWAYS);
        ProjectFileDrops.accept(root, this::requestOpen);
        root.setBottom(StatusLine.of(document, statusLine));
        if (buildAllNow) {
            sidePanes().forEach(DeferredPane::fill);
        }
    }

    /**
     * Builds what is not built yet, one FX task each (the canvas's choices, sectors, evidence, options), then
     * runs {@code then}.
     * The keyboard, if still where the window put it on showing (in none of these panes), goes to the sectors'
     * filter, as it did when every pane was there from the start.
     */
    public void buildSidePanes(Runnable then) {
        Node focusedOnShow = root.getScene() == null ? null : root.getScene().getFocusOwner();
        DeferredPane.inTurn(List.of(canvas::complete, sectorsPane::fill, evidencePane::fill, optionsPane::fill),
                Platform::runLater, () -> {
            Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (owner == focusedOnShow && sidePanes().stream().noneMatch(pane -> pane.holds(owner))) {
                sectors.focusFilter();
            }
            then.run();
        });
    }

    /** FX thread: runs {@code work} once every pane shows the session's project (see {@link PaneStagger}). */
    public void whenPanesShowTheProject(Runnable work) {
        stagger.whenAllShowTheProject(work);
    }

    List<DeferredPane> sidePanes() {
        return List.of(sectorsPane, evidencePane, optionsPane);
    }

    public Parent root() {
        return root;
    }

    /** Shows this window in {@code stage}: title, size, and a guard against losing unsaved work on close. */
    public void attach(Stage stage, double width, double height) {
        this.stage = stage;
        Scene scene = new Scene(root, width, height);
        menus.bindOtherKeys(scene);
        WindowSetup.addStylesheets(scene.getStylesheets());
        WindowSetup.addIcons(stage);
        stage.setScene(scene);
        document.selectFirstAfter(stagger.runFramesIn(new NextFrame(scene)));
        // When this window's scene is replaced or its stage hidden, the document's timer and watcher stop with it.
        stage.sceneProperty().addListener((obs, old, now) -> {
            if (now != scene) {
                document.detach();
            }
        });
        stage.titleProperty().bind(document.session().titleBinding());
        NoticePopups.attach(document, stage);
        ConflictsView.showWhenOpened(() -> this.stage, document.session());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestQuit();
        });
    }

    /** The chosen CSV is read in the background, then previewed; only a confirmed import changes the project. */
    public void requestImportCsv() {
        document.evidenceCsv().importChosenFile((preview, fileName) -> EvidenceImportDialog.confirm(stage,
                new EvidenceImportDialogViewModel(preview, fileName)));
    }

    public void requestExportCsv() {
        document.evidenceCsv().exportToChosenFile();
    }

    BooleanBinding compareUnavailable() {
        var selected = optionsViewModel.selectedOptionIds();
        return Bindings.size(selected).lessThan(2).or(Bindings.size(selected).greaterThan(4));
    }

    SectorsViewModel sectorsViewModel() {
        return sectorsViewModel;
    }

    QuadrantCanvasViewModel canvasViewModel() {
        return canvasViewModel;
    }

    /** The export dialog, starting from what the analyst has selected and filtered. */
    public void requestExport() {
        ProjectSession session = document.session();
        String filter = sectorsViewModel.filterProperty().get();
        List<String> filtered = filter == null || filter.isBlank() ? null
                : sectorsViewModel.items().stream().map(SectorItem::id).toList();
        List<String> compare = List.copyOf(optionsViewModel.selectedOptionIds());
        var start = new ExportDialogViewModel.Start(List.copyOf(session.selection().sectorIds()),
                filtered, session.selection().optionId(), compare.size() >= 2 && compare.size() <= 4 ? compare : List.of());
        ExportDialogViewModel export = ExportDialog.show(stage, session, start, ExportDialog.fileChooser(stage, session))
                .viewModel();
        // The dialog may be closed while its file is written; the status bar shows how far it has got.
        export.exportingProperty().addListener((obs, was, running) -> {
            if (running) {
                statusLine.follow(export.exportingProperty(), export.progressProperty());
            }
        });
    }

    public void compareSelectedOptions() {
        List<String> ids = List.copyOf(optionsViewModel.selectedOptionIds());
        try {
            CompareOptionsDialog.show(stage, document.session(), ids);
        } catch (IllegalArgumentException e) {
            dialogs.showError("Compare options", e.getMessage());
        }
    }

    Stage stage() {
        return stage;
    }

    /** Where the dividers should be; window settings save and restore it. */
    public PaneLayoutViewModel layout() {
        return layoutViewModel;
    }

    /** The View menu's theme, text size and panes; window settings save and restore them. */
    public ViewMenuViewModel view() {
        return viewMenu;
    }

    PaneLayout paneLayout() {
        return paneLayout;
    }

    /** View > Reset Layout: every pane shown, every divider back to its default position. */
    public void resetLayout() {
        layoutViewModel.reset();
    }

    /** Opens the evidence form for the selected sector (Evidence > New Evidence Item). */
    public void startNewEvidence() {
        evidence().startNewItem();
    }

    /** Shows the sector inspector with the keyboard in its first field (Edit > Edit Sector). */
    public void startSectorEdit() {
        evidence().showTab(inspectorTab);
        inspector.focusFirstField();
    }

    /** File > Compare with File…: another project file read in the background, its differences listed. */
    public void compareWithFile() {
        document.otherProjects().chooseAndRead().thenAccept(read -> read.ifPresent(r -> FileDiffView.show(stage,
                new FileDiffViewModel(document.session(), r.project(), r.name()), r.name())));
    }

    /**
     * Edition > What Moved: the Evidence pane's Moved tab, beside the canvas that draws the trails;
     * compares with the latest edition when nothing is compared yet.
     */
    public void showWhatMoved() {
        evidence().showTab(whatMovedTab);
        whatMoved.compareLatestIfIdle();
    }

    /** Shows the Comments tab with the keyboard in a new comment (Edit > Add Comment). */
    public void startComment() {
        evidence().showTab(commentsTab);
        comments.focusNewComment();
    }

    /** Shows the Evidence pane's Find tab (Evidence > Find Evidence). */
    public void startEvidenceSearch() {
        evidence().startSearch();
    }

    /** The Drivers and Fields dialog; what it stages is one undoable step on OK. */
    public void showDefinitions() {
        DefinitionsDialog.showAndApply(stage, document.session());
    }

    /** The Sources dialog, on {@code sourceId} when given; source edits are undoable steps like any other. */
    public void showSources(String sourceId) {
        SourcesDialog.show(stage, document.session(), new SourceOpener(dialogs, sourceFolders), sourceId);
    }

    private Parent panes(ProjectSession session, boolean buildAllNow) {
        stagger = new PaneStagger(session);
        sectorsViewModel = new SectorsViewModel(session, stagger.list().projectProperty());
        canvasViewModel = new QuadrantCanvasViewModel(session);
        canvas = buildAllNow ? new QuadrantCanvasView(canvasViewModel)
                : QuadrantCanvasView.withChoicesLater(canvasViewModel);
        optionsViewModel = new PolicyOptionsViewModel(session, stagger.matrix().projectProperty());
        // Each minimum on the view as well as on its pane: a view's own, worked out from its content, may be larger.
        sectorsPane = new DeferredPane("Sectors", () -> {
            sectors = new SectorsView(sectorsViewModel);
            sectors.setMinWidth(200);
            return sectors;
        });
        sectorsPane.setMinWidth(200);
        evidencePane = new DeferredPane("Evidence", () -> buildEvidence(session));
        evidencePane.setMinWidth(240);
        optionsPane = new DeferredPane("Policy options", () -> {
            PolicyOptionsView options = new PolicyOptionsView(optionsViewModel);
            OptionToolButtons.addTo(options, compareUnavailable(), this::compareSelectedOptions,
                    () -> SensitivityWindow.show(stage, session), () -> CoverageView.show(stage, session));
            options.setMinHeight(150);
            return options;
        });
        optionsPane.setMinHeight(150);
        paneLayout = new PaneLayout(layoutViewModel, sectorsPane, canvas, evidencePane, optionsPane);
        return paneLayout.root();
    }

    /** The Evidence pane, built now if it is not yet: every action on it comes through here. */
    private EvidenceView evidence() {
        evidencePane.fill();
        return evidence;
    }

    private EvidenceView buildEvidence(ProjectSession session) {
        evidence = new EvidenceView(new EvidenceViewModel(session));
        evidence.setOnShowSource(this::showSources);
        evidence.setMinWidth(240);
        inspector = new SectorInspectorView(new SectorInspectorViewModel(session));
        inspector.setOnEscape(canvas.plot()::requestFocus);
        inspector.setOnEditDrivers(this::showDefinitions);
        inspectorTab = evidence.addTab("Edit", "tab-inspector", inspector);
        comments = new CommentsView(new CommentsViewModel(session, System.getProperty("user.name"), Instant::now));
        // Comments and What Moved join the scene when first shown; the inspector stays, as Ctrl+I focuses into it.
        commentsTab = LazyTabContent.attachWhenSelected(evidence.addTab("Comments", "tab-comments", null), comments);
        whatMoved = new WhatMovedViewModel(session, document::readForComparison);
        whatMovedTab = LazyTabContent.attachWhenSelected(evidence.addTab("Moved", "tab-what-moved", null),
                new WhatMovedView(whatMoved));
        return evidence;
    }

    // ---- file actions: the document settles unsaved work, decides Save or Save As, and does I/O off this thread ----

    public void requestNew() {
        document.requestNew();
    }

    public void requestOpen() {
        document.requestOpen();
    }

    public void requestOpen(Path file) {
        document.requestOpen(file);
    }

    public CompletableFuture<Boolean> requestSave() {
        return document.save();
    }

    public CompletableFuture<Boolean> requestSaveAs() {
        return document.saveAs();
    }

    /** Closes the window and ends the program once the document has settled unsaved work and let go of the file. */
    public void requestQuit() {
        document.requestQuit().thenAccept(ok -> {
            if (ok) {
                if (stage != null) {
                    stage.close();
                }
                Platform.exit();
            }
        });
    }
}
