package org.sectorscope.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.sectorscope.logic.ProjectSummary;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.WindowSetup;
import org.sectorscope.ui.canvas.QuadrantCanvasView;
import org.sectorscope.ui.canvas.QuadrantCanvasViewModel;
import org.sectorscope.ui.evidence.EvidenceView;
import org.sectorscope.ui.evidence.EvidenceImportDialog;
import org.sectorscope.ui.evidence.EvidenceImportDialogViewModel;
import org.sectorscope.ui.evidence.EvidenceViewModel;
import org.sectorscope.ui.options.PolicyOptionsView;
import org.sectorscope.ui.options.PolicyOptionsViewModel;
import org.sectorscope.ui.sectors.SectorsView;
import org.sectorscope.ui.sectors.SectorsViewModel;

/** The main window: menus, the four linked panes and a status bar. */
public final class MainWindow {
    private final MainWindowViewModel viewModel;
    private final Dialogs dialogs;
    private final BorderPane root = new BorderPane();
    private Stage stage;
    private EvidenceView evidence;
    /** Ticks the recovery journal's autosave policy; it decides whether anything is written. */
    private final javafx.animation.Timeline autosave = new javafx.animation.Timeline();
    private PolicyOptionsView options;
    private SectorsViewModel sectorsViewModel;
    private final PaneLayoutViewModel layoutViewModel = new PaneLayoutViewModel();
    private PaneLayout paneLayout;
    /** Folders the analyst chose for "Open source" this session; a project file cannot add to them. */
    private final org.sectorscope.ui.sources.SourceFolders sourceFolders = new org.sectorscope.ui.sources.SourceFolders();
    private java.util.function.Predicate<EvidenceImportDialogViewModel> importPreview =
            vm -> EvidenceImportDialog.confirm(stage, vm);

    public MainWindow(MainWindowViewModel viewModel, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        ProjectSession session = viewModel.session();
        root.getStyleClass().add("main-window");
        Parent panes = panes(session);
        root.setTop(new MainMenus(this, viewModel).build(session));
        root.setCenter(new javafx.scene.layout.VBox(changedOnDiskBar(), panes));
        javafx.scene.layout.VBox.setVgrow(panes, Priority.ALWAYS);
        acceptFileDrops();
        autosave.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(1),
                e -> viewModel.autosaveTick()));
        autosave.setCycleCount(javafx.animation.Animation.INDEFINITE);
        autosave.play();
        root.setBottom(statusBar(session));
    }

    public Parent root() {
        return root;
    }

    /** Shows this window in {@code stage}: title, size, and a guard against losing unsaved work on close. */
    public void attach(Stage stage, double width, double height) {
        this.stage = stage;
        Scene scene = new Scene(root, width, height);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), viewModel.session()::redo);
        WindowSetup.addStylesheets(scene.getStylesheets());
        WindowSetup.addIcons(stage);
        stage.setScene(scene);
        // When this window's scene is replaced or its stage hidden, its timer and watcher stop with it.
        stage.sceneProperty().addListener((obs, old, now) -> {
            if (now != scene) {
                autosave.stop();
                viewModel.detach();
            }
        });
        stage.titleProperty().bind(viewModel.session().titleBinding());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestQuit();
        });
    }

    /** Reads the chosen CSV in the background, then shows the preview; only a confirmed import changes the project. */
    public void requestImportCsv() {
        dialogs.chooseCsvToImport(currentFolder()).ifPresent(file -> viewModel.evidenceCsv().read(file)
                .thenAccept(preview -> {
                    if (preview != null && importPreview.test(new EvidenceImportDialogViewModel(preview,
                            file.getFileName().toString()))) {
                        viewModel.evidenceCsv().apply(preview, file.getFileName().toString());
                    }
                }));
    }

    public void requestExportCsv() {
        String base = viewModel.session().displayNameProperty().get().replaceFirst("(\\.sectorscope)?\\.json$", "");
        dialogs.chooseCsvToExport(currentFolder(), base + "-evidence.csv").ifPresent(viewModel.evidenceCsv()::export);
    }

    /** Replaces the preview dialog (robot tests answer it without a nested event loop). */
    public void setImportPreview(java.util.function.Predicate<EvidenceImportDialogViewModel> confirm) {
        importPreview = confirm;
    }

    /** Compare, sensitivity and coverage buttons on the Options pane's toolbar, beside its editing buttons. */
    private void addOptionTools(ProjectSession session) {
        javafx.scene.control.Button compare = new javafx.scene.control.Button("Compare\u2026");
        compare.setId("options-compare");
        compare.setTooltip(new javafx.scene.control.Tooltip("Compare 2 to 4 selected options side by side (Ctrl+Shift+C)"));
        compare.disableProperty().bind(compareUnavailable());
        compare.setOnAction(e -> compareSelectedOptions());
        javafx.scene.control.Button weights = new javafx.scene.control.Button("Weights\u2026");
        weights.setId("options-weights");
        weights.setTooltip(new javafx.scene.control.Tooltip("Weight sliders and what would change the ranking (Ctrl+Shift+W)"));
        weights.setOnAction(e -> org.sectorscope.ui.options.sensitivity.SensitivityWindow.show(stage, session));
        javafx.scene.control.Button coverage = new javafx.scene.control.Button("Coverage\u2026");
        coverage.setId("options-coverage");
        coverage.setTooltip(new javafx.scene.control.Tooltip("Which options address each quadrant (Ctrl+Shift+K)"));
        coverage.setOnAction(e -> org.sectorscope.ui.coverage.CoverageView.show(stage, session));
        for (var b : List.of(compare, weights, coverage)) {
            b.getStyleClass().add("tool-button");
            b.setFocusTraversable(false);
        }
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        options.toolbar().getChildren().addAll(gap, compare, weights, coverage);
    }

    javafx.beans.binding.BooleanBinding compareUnavailable() {
        var selected = options.viewModel().selectedOptionIds();
        return Bindings.size(selected).lessThan(2).or(Bindings.size(selected).greaterThan(4));
    }

    /** The export dialog, starting from what the analyst has selected and filtered. */
    public void requestExport() {
        ProjectSession session = viewModel.session();
        String filter = sectorsViewModel.filterProperty().get();
        List<String> filtered = filter == null || filter.isBlank() ? null
                : sectorsViewModel.items().stream().map(org.sectorscope.ui.sectors.SectorItem::id).toList();
        List<String> compare = List.copyOf(options.viewModel().selectedOptionIds());
        var start = new org.sectorscope.ui.export.ExportDialogViewModel.Start(List.copyOf(session.selection().sectorIds()),
                filtered, session.selection().optionId(), compare.size() >= 2 && compare.size() <= 4 ? compare : List.of());
        org.sectorscope.ui.export.ExportDialog.show(stage, session, start,
                org.sectorscope.ui.export.ExportDialog.fileChooser(stage, session));
    }

    public void compareSelectedOptions() {
        List<String> ids = List.copyOf(options.viewModel().selectedOptionIds());
        try {
            org.sectorscope.ui.options.compare.CompareOptionsDialog.show(stage, viewModel.session(), ids);
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

    PaneLayout paneLayout() {
        return paneLayout;
    }

    /** View > Reset Layout: every divider back to its default position. */
    public void resetLayout() {
        layoutViewModel.reset();
    }

    /** Opens the evidence form for the selected sector (Evidence > New Evidence Item). */
    public void startNewEvidence() {
        evidence.startNewItem();
    }

    /** Shows the Evidence pane's Find tab (Evidence > Find Evidence). */
    public void startEvidenceSearch() {
        evidence.startSearch();
    }

    /** The Sources dialog, on {@code sourceId} when given; source edits are undoable steps like any other. */
    public void showSources(String sourceId) {
        org.sectorscope.ui.sources.SourcesDialog.show(stage, viewModel.session(),
                new org.sectorscope.ui.sources.SourceOpener(dialogs, sourceFolders), sourceId);
    }

    private Parent panes(ProjectSession session) {
        sectorsViewModel = new SectorsViewModel(session);
        SectorsView sectors = new SectorsView(sectorsViewModel);
        sectors.setMinWidth(200);
        QuadrantCanvasView canvas = new QuadrantCanvasView(new QuadrantCanvasViewModel(session));
        evidence = new EvidenceView(new EvidenceViewModel(session));
        evidence.setOnShowSource(this::showSources);
        evidence.setMinWidth(240);
        options = new PolicyOptionsView(new PolicyOptionsViewModel(session));
        addOptionTools(session);
        options.setMinHeight(150);

        paneLayout = new PaneLayout(layoutViewModel, sectors, canvas, evidence, options);
        return paneLayout.root();
    }

    /** A project file, or a PNG exported by Sectorscope, dropped on the window opens (after settling unsaved work). */
    private void acceptFileDrops() {
        root.setOnDragOver(e -> {
            if (droppedProject(e.getDragboard()) != null) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                e.consume();
            }
        });
        root.setOnDragDropped(e -> {
            Path file = droppedProject(e.getDragboard());
            e.setDropCompleted(file != null);
            e.consume();
            if (file != null) {
                // After the drop gesture ends: the unsaved-changes question must not run inside it.
                Platform.runLater(() -> requestOpen(file));
            }
        });
    }

    static Path droppedProject(javafx.scene.input.Dragboard board) {
        if (!board.hasFiles() || board.getFiles().size() != 1) {
            return null;
        }
        Path file = board.getFiles().get(0).toPath();
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".png") ? file : null;
    }

    /** Shown when another program changed or deleted the open file: reload it, or keep working on ours. */
    private HBox changedOnDiskBar() {
        Label message = new Label();
        message.setId("changed-on-disk-message");
        message.textProperty().bind(viewModel.changedOnDiskProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.control.Button reload = new javafx.scene.control.Button("Reload");
        reload.setId("changed-on-disk-reload");
        reload.setTooltip(new javafx.scene.control.Tooltip("Open the file as it is on disk now; unsaved changes here are dropped"));
        reload.setOnAction(e -> viewModel.reloadFromDisk());
        javafx.scene.control.Button keep = new javafx.scene.control.Button("Keep Mine");
        keep.setId("changed-on-disk-keep");
        keep.setTooltip(new javafx.scene.control.Tooltip("Go on with this version; Save will ask before overwriting"));
        keep.setOnAction(e -> viewModel.keepMine());
        HBox bar = new HBox(8, message, reload, keep);
        bar.getStyleClass().add("changed-on-disk-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.visibleProperty().bind(viewModel.changedOnDiskProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Parent statusBar(ProjectSession session) {
        Label status = new Label();
        status.setId("status-message");
        status.textProperty().bind(viewModel.statusProperty());
        status.setMinWidth(0);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(viewModel.busyProperty());
        Label summary = new Label();
        summary.setId("status-summary");
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> ProjectSummary.of(session.project()).toString(), session.projectProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, status, spacer, summary);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 10, 3, 10));
        return bar;
    }

    // ---- file actions: each settles unsaved changes first, and never blocks the FX thread on I/O ----

    public void requestNew() {
        settleUnsaved().thenAccept(ok -> {
            if (ok) {
                viewModel.newProject();
            }
        });
    }

    public void requestOpen() {
        settleUnsaved().thenAccept(ok -> {
            if (ok) {
                dialogs.chooseFileToOpen(currentFolder()).ifPresent(viewModel::open);
            }
        });
    }

    public void requestOpen(Path file) {
        settleUnsaved().thenAccept(ok -> {
            if (ok) {
                viewModel.open(file);
            }
        });
    }

    public CompletableFuture<Boolean> requestSave() {
        ProjectSession session = viewModel.session();
        // A read-only project (newer format, or open elsewhere) is never written over: Save becomes Save As.
        return session.file() == null || session.isReadOnly() ? requestSaveAs() : viewModel.save();
    }

    public CompletableFuture<Boolean> requestSaveAs() {
        String suggested = viewModel.session().displayNameProperty().get().replace(" (sample)", "");
        if (!suggested.endsWith(".json")) {
            suggested = suggested + org.sectorscope.store.ProjectFormat.FILE_SUFFIX;
        }
        return dialogs.chooseFileToSave(currentFolder(), suggested)
                .map(viewModel::saveAs)
                .orElse(CompletableFuture.completedFuture(false));
    }

    public void requestQuit() {
        settleUnsaved().thenAccept(ok -> {
            if (ok) {
                viewModel.closeCleanly();
                autosave.stop();
                if (stage != null) {
                    stage.close();
                }
                Platform.exit();
            }
        });
    }

    /** True when it is fine to drop the open project: it is clean, saved now, or the user discards it. */
    CompletableFuture<Boolean> settleUnsaved() {
        ProjectSession session = viewModel.session();
        if (!session.isDirty()) {
            return CompletableFuture.completedFuture(true);
        }
        return switch (dialogs.confirmUnsaved(session.displayNameProperty().get())) {
            case SAVE -> requestSave();
            case DISCARD -> CompletableFuture.completedFuture(true);
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    private Path currentFolder() {
        Path file = viewModel.session().file();
        if (file != null && file.toAbsolutePath().getParent() != null) {
            return file.toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.dir"));
    }
}
