"""HR Desk's replacement for PyInstaller's own PySide6.QtGui hook (a hook in the spec's
`hookspath` takes precedence over the standard one).

It collects what the standard hook collects, minus the Qt plugins an officer's laptop never
uses and that would drag the build machine's libraries into the bundle:

- platformthemes/libqgtk3: links the host's GTK 3 (libgtk-3, libgdk-3, pango, cairo…), so
  PyInstaller would copy the build machine's GTK and theme stack into the bundle. Without
  it Qt draws its own Fusion style and its own file dialogs: the same on every laptop.
- platforminputcontexts/qtvirtualkeyboardplugin: pulls in QtQuick and QtQml (~30 MB); the
  officers type on real keyboards. The IBus and compose input contexts stay: Vietnamese
  typing (ibus-unikey, ibus-bamboo) goes through IBus on Linux.
- platforms eglfs, linuxfb, vnc, vkkhrdisplay, minimalegl, the egldeviceintegrations
  they use and the generic evdev/tuio input plugins: embedded-device back-ends. xcb,
  wayland, offscreen (the checks run on it) and minimal stay; on Windows, qwindows stays.

The names are matched without "lib" and the extension, so one list serves Linux
(libqgtk3.so), Windows (qwindows.dll) and macOS (libqcocoa.dylib).
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = {
    "qgtk3",
    "qtvirtualkeyboardplugin",
    "qeglfs",
    "qlinuxfb",
    "qvnc",
    "qvkkhrdisplay",
    "qminimalegl",
}
UNUSED_PLUGIN_FOLDERS = {"egldeviceintegrations", "generic"}


def _plugin_name(path: str) -> str:
    name = PurePath(path).name.split(".")[0]
    return name[3:] if name.startswith("lib") else name


def _wanted(source: str, destination: str) -> bool:
    folder = PurePath(destination).name
    return folder not in UNUSED_PLUGIN_FOLDERS and _plugin_name(source) not in UNUSED_PLUGINS


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (source, destination) for source, destination in binaries if _wanted(source, destination)
]
