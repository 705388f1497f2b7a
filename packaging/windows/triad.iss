; Inno Setup 6 script: the Windows installer around the PyInstaller one-folder bundle
; (packaging/triad.spec). Built by .github/workflows/bundles.yml:
;   ISCC.exe /DMyAppVersion=0.1.0 packaging\windows\triad.iss
; Never run here (no Windows machine): see packaging/README.md.

#ifndef MyAppVersion
  #define MyAppVersion "0.0.0"
#endif

[Setup]
AppId={{5E6B1C0A-7D2F-4C55-9A3E-1F2B7C9D4E61}
AppName=Triad
AppVersion={#MyAppVersion}
AppPublisher=The Triad authors
DefaultDirName={autopf}\Triad
DefaultGroupName=Triad
DisableProgramGroupPage=yes
; per-user install without administrator rights, or for all users when elevated
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=triad-{#MyAppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\triad.exe
ChangesAssociations=yes
ChangesEnvironment=yes
LicenseFile=packaging\windows\LICENSE.txt

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add triad-cli to PATH"; Flags: unchecked

[Files]
Source: "build\pyinstaller\dist\triad\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Triad"; Filename: "{app}\triad.exe"
Name: "{autodesktop}\Triad"; Filename: "{app}\triad.exe"; Tasks: desktopicon

[Registry]
; double-click on a packet or an identity card opens Triad, which imports after asking
Root: HKA; Subkey: "Software\Classes\.triadpacket"; ValueType: string; ValueName: ""; ValueData: "Triad.Packet"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Triad.Packet"; ValueType: string; ValueName: ""; ValueData: "Triad case packet"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Triad.Packet\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\triad.exe,0"
Root: HKA; Subkey: "Software\Classes\Triad.Packet\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\triad.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.triadcard"; ValueType: string; ValueName: ""; ValueData: "Triad.Card"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Triad.Card"; ValueType: string; ValueName: ""; ValueData: "Triad identity card"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Triad.Card\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\triad.exe,0"
Root: HKA; Subkey: "Software\Classes\Triad.Card\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\triad.exe"" ""%1"""
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\triad.exe"; Description: "{cm:LaunchProgram,Triad}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
