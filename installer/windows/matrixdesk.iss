; Inno Setup script: wraps dist\MatrixDesk (from `make installer`) into MatrixDesk-Setup.exe.
#define AppVersion "0.1.0"
[Setup]
AppName=MatrixDesk
AppVersion={#AppVersion}
AppPublisher=MatrixDesk
DefaultDirName={autopf}\MatrixDesk
DefaultGroupName=MatrixDesk
OutputBaseFilename=MatrixDesk-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\..\dist\MatrixDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\MatrixDesk"; Filename: "{app}\MatrixDesk.exe"
Name: "{autodesktop}\MatrixDesk"; Filename: "{app}\MatrixDesk.exe"

[Run]
Filename: "{app}\MatrixDesk.exe"; Description: "Start MatrixDesk"; Flags: nowait postinstall skipifsilent
