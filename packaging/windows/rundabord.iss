; Inno Setup 6 script: the Windows installer around the one-folder build in dist\rundabord.
; Not built on Linux; on Windows, after building dist\rundabord (packaging\README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\rundabord.iss
; Silent roll-out (Intune, Configuration Manager, GPO):
;   rundabord-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
; To sign the installer and uninstaller as they are made, define a sign tool named "signtool" in the
; Inno Setup IDE (Tools > Configure Sign Tools) or on the command line with /S, then add to [Setup]:
;   SignTool=signtool
;   SignedUninstaller=yes

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\rundabord.iss
#endif

[Setup]
; AppId identifies the product across versions: never change it, or upgrades install side by side.
AppId={{3B8E2C61-5F0A-4D7E-9A41-2C6F1E8B7D53}
AppName=Rundabord
AppVersion={#AppVersion}
AppPublisher=Rundabord
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Rundabord
DisableProgramGroupPage=yes
; Per-machine by default (IT roll-out); a user without admin rights may choose a per-user install.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\icons\rundabord.ico
UninstallDisplayIcon={app}\rundabord.exe
OutputDir=..\..\dist
OutputBaseFilename=rundabord-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Swedish is a user-contributed Inno Setup translation: put Swedish.isl from jrsoftware.org's translation
; page into the compiler's Languages folder and the wizard speaks Swedish on Swedish Windows.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif

[Files]
Source: "..\..\dist\rundabord\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\icons\rundabord-bundle.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Rundabord"; Filename: "{app}\rundabord.exe"

[Registry]
; .rbz files (conference packs and table exports) open in Rundabord when double-clicked.
Root: HKA; Subkey: "Software\Classes\.rbz"; ValueType: string; ValueName: ""; ValueData: "Rundabord.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.rbz"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-rundabord-bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.rbz\OpenWithProgids"; ValueType: string; ValueName: "Rundabord.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Rundabord.Bundle"; ValueType: string; ValueName: ""; ValueData: "Rundabord bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Rundabord.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\rundabord-bundle.ico"
Root: HKA; Subkey: "Software\Classes\Rundabord.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\rundabord.exe"" ""%1"""

[Run]
Filename: "{app}\rundabord.exe"; Description: "{cm:LaunchProgram,Rundabord}"; Flags: nowait postinstall skipifsilent
