#!/usr/bin/env python3
"""Runs QualCoder's own REFI-QDA project importer (src/qualcoder/refi.py) headless on a .qdpx
and prints what arrived in the fresh QualCoder project database. Not run by CI; see README.md.

usage: QT_QPA_PLATFORM=offscreen python3 qualcoder_import.py QUALCODER_SRC FILE.qdpx

QUALCODER_SRC is QualCoder's src/qualcoder directory (or a git dir: then HEAD is read).
Only refi.py, color_selector.py and the colour dialog's generated UI are loaded from it; the
GUI helpers refi.py imports for dialogs are replaced by silent stand-ins, and the project
tables are created from the CREATE TABLE statements of QualCoder's own new_project().
"""
import ast
import builtins
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import traceback
import types
from pathlib import Path

builtins._ = lambda s: s


def source_of(qc, rel):
    """The text of src/qualcoder/<rel> from a checkout or a bare git dir."""
    p = Path(qc)
    if (p / "refi.py").exists():
        return (p / rel).read_text(encoding="utf-8")
    return subprocess.run(["git", "--git-dir", str(p), "show", "HEAD:src/qualcoder/" + rel],
                          check=True, capture_output=True, text=True).stdout


def create_tables(main_py, conn):
    """Executes every literal CREATE TABLE of QualCoder's new_project() (read, not copied)."""
    tree = ast.parse(main_py)
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef) and fn.name == "new_project":
            for call in ast.walk(fn):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "execute" and call.args
                        and isinstance(call.args[0], ast.Constant)
                        and str(call.args[0].value).startswith("CREATE TABLE")):
                    conn.execute(call.args[0].value)
            return
    raise SystemExit("new_project() not found in QualCoder's __main__.py")


def load_refi(qc, work):
    pkg = work / "qualcoder"
    (pkg / "GUI").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "GUI" / "__init__.py").write_text("")
    for rel in ("refi.py", "color_selector.py", "GUI/ui_dialog_colour_selector.py"):
        (pkg / rel).write_text(source_of(qc, rel), encoding="utf-8")
    # Stand-ins for the dialogs refi.py imports (they only show messages).
    (pkg / "helpers.py").write_text(
        "class Message:\n"
        "    def __init__(self, app, title, text, icon=None):\n"
        "        app.messages.append(str(title) + ': ' + str(text))\n"
        "    def exec(self):\n"
        "        return 0\n")
    (pkg / "GUI" / "ui_dialog_refi_export_endings.py").write_text(
        "class Ui_Dialog_refi_export_line_endings:\n    pass\n")
    sys.path.insert(0, str(work))
    import qualcoder.refi as refi
    return refi


class Log:
    def __init__(self):
        self.lines = []

    def append(self, s):
        self.lines.append(str(s))


def main():
    qc, qdpx = sys.argv[1], os.path.abspath(sys.argv[2])
    out = sys.stdout
    sys.stdout = sys.stderr  # refi.py prints while it works; only the summary goes to stdout
    work = Path(tempfile.mkdtemp(prefix="qc-import-"))
    try:
        from PyQt6 import QtWidgets
        qapp = QtWidgets.QApplication([])
        refi = load_refi(qc, work)
        project = work / "project.qda"
        (project / "documents").mkdir(parents=True)
        conn = sqlite3.connect(project / "data.qda")
        create_tables(source_of(qc, "__main__.py"), conn)
        conn.execute("insert into project (databaseversion, memo) values ('v17', '')")
        copy = work / Path(qdpx).name
        shutil.copyfile(qdpx, copy)
        app = types.SimpleNamespace(
            conn=conn, project_path=str(project), messages=[], ai_models=None,
            settings={"directory": str(work), "codername": "default", "ai_enable": "False"},
            write_config_ini=lambda settings, models: None)
        QtWidgets.QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(copy), "qdpx"))
        log = Log()
        error = None
        try:
            refi.RefiImport(app, log, "qdpx")
        except Exception:
            error = traceback.format_exc().strip().splitlines()[-1]
            trace = traceback.format_exc()
        counts = {}
        for table, sql in [
                ("sources", "select count(*) from source"),
                ("codes", "select count(*) from code_name"),
                ("categories", "select count(*) from code_cat"),
                ("codings", "select count(*) from code_text where cid is not null"),
                ("codings_without_code", "select count(*) from code_text where cid is null"),
                ("annotations", "select count(*) from annotation"),
                ("cases", "select count(*) from cases"),
                ("case_texts", "select count(*) from case_text"),
                ("attribute_types", "select count(*) from attribute_type"),
                ("attribute_values", "select count(*) from attribute"),
                ("journals", "select count(*) from journal"),
                ("project_memo_chars", "select coalesce(sum(length(memo)), 0) from project")]:
            counts[table] = conn.execute(sql).fetchone()[0]
        owners = sorted({r[0] for r in conn.execute("select owner from code_text")})
        colours = sorted({r[0] for r in conn.execute("select color from code_name")})
        seltexts = [r[0] for r in conn.execute("select seltext from code_text order by ctid")]
        annotations = [{"pos": [r[0], r[1]], "memo": r[2], "owner": r[3]}
                       for r in conn.execute("select pos0, pos1, memo, owner from annotation order by anid")]
        print(json.dumps({"file": qdpx, "error": error, "counts": counts, "coding_owners": owners,
                          "coder_after_import": app.settings["codername"], "code_colours": colours,
                          "coded_texts": seltexts, "annotations": annotations, "log": log.lines, "messages": app.messages},
                         ensure_ascii=False, indent=1), file=out)
        if error:
            print(trace, file=sys.stderr)
        del qapp
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
