; HR Desk for Windows: an installer an officer runs from a USB stick, with no internet and
; no administrator rights. Inno Setup 6.5 or later.
;
; Build, after PyInstaller has made dist\hrdesk (see .github/workflows/build.yml):
;   iscc /DMyAppVersion=0.1.0 installer\hrdesk.iss      ->  dist\HRDesk-0.1.0-setup.exe
;
; - Per user: installs into %LOCALAPPDATA%\Programs\HR Desk ({autopf} with lowest
;   privileges), shortcuts in the user's Start menu; no UAC prompt.
; - Upgrades in place: a newer installer finds the installed copy by AppId (never change
;   it), replaces the program files and leaves the officer's data alone.
; - The officer's data is not in the program folder: HR Desk keeps its profile (the
;   encrypted store, backups, logs, keys, window settings) in %LOCALAPPDATA%\HRDesk, where
;   platformdirs puts it (src/hrdesk/profile.py). The uninstaller keeps that folder unless
;   the officer ticks the box to remove it; a silent uninstall never removes it.

#ifndef MyAppVersion
  #error Pass the version from the build: iscc /DMyAppVersion=x.y.z installer\hrdesk.iss
#endif
#if PREPROCVER < 0x06050000
  #error Inno Setup 6.5 or later is needed (the Vietnamese messages' version, x64compatible)
#endif

#define MyAppName "HR Desk"
#define MyAppExeName "HRDesk.exe"
; The console program: the uninstaller runs its forget-secrets command.
#define MyCliExeName "hrdesk-cli.exe"
; The profile folder's name under %LOCALAPPDATA% (hrdesk.profile.APP_NAME).
#define MyDataFolder "HRDesk"
; The named mutex every running HR Desk holds (hrdesk.running.APP_MUTEX): set-up and
; uninstall see a running copy by it and ask the officer to close it first.
#define MyAppMutex "HRDesk-E1ED8555-running"

[Setup]
; Never change AppId: it is how an upgrade finds the installed copy.
AppId={{E1ED8555-5E2A-4191-BF76-D7FD1C9DF8BF}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppName}
VersionInfoVersion={#MyAppVersion}
VersionInfoProductName={#MyAppName}
; Per user, no administrator rights: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; Qt 6 runs on 64-bit Windows 10 and 11.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; A running HR Desk is closed (after asking) before its files are replaced. AppMutex also
; covers a copy the Restart Manager cannot see (hrdesk-cli in a console, another session).
CloseApplications=yes
AppMutex={#MyAppMutex}
SetupIconFile=icons\hrdesk.ico
UninstallDisplayIcon={app}\{#MyAppExeName}
UninstallDisplayName={#MyAppName}
WizardStyle=modern
ShowLanguageDialog=yes
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\dist
OutputBaseFilename=HRDesk-{#MyAppVersion}-setup

[Languages]
; Vietnamese first: it is chosen whenever Windows' language is not English.
; Inno Setup 6.5-6.7 ships Vietnamese only under Languages\Unofficial, which its own
; installer does not copy: the file is kept here, unchanged, from jrsoftware/issrc
; (Files/Languages/Unofficial/Vietnamese.isl at commit 5e6e7b7def7e, "6.5.0+" messages).
Name: "vi"; MessagesFile: "Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.AppComment=Hồ sơ của Ban Chỉ đạo về quyền con người cấp tỉnh
en.AppComment=Records of the provincial Steering Committee on Human Rights
vi.RemoveDataCaption=Gỡ cài đặt HR Desk
en.RemoveDataCaption=Uninstall HR Desk
vi.RemoveDataText=HR Desk sẽ được gỡ khỏi máy tính này. Dữ liệu của bạn (cơ sở dữ liệu đã mã hóa, các bản sao lưu, nhật ký và khóa) nằm trong thư mục:%n%n%1%n%nDữ liệu này được giữ lại, trừ khi bạn đánh dấu ô dưới đây (khi đó khóa bí mật của cơ quan trong Trình quản lý thông tin xác thực của Windows cũng bị xóa).
en.RemoveDataText=HR Desk will be removed from this computer. Your data (the encrypted database, its backups, logs and keys) is in the folder:%n%n%1%n%nIt is kept unless you tick the box below (then the office key's secret in Windows Credential Manager is deleted too).
vi.RemoveDataBox=Xóa cả dữ liệu HR Desk của tôi trên máy tính này
en.RemoveDataBox=Also delete my HR Desk data on this computer
vi.RemoveDataConfirm=Xóa vĩnh viễn toàn bộ hồ sơ, bản sao lưu và khóa trong%n%1?%n%nKhông thể hoàn tác. Các bản sao lưu trên USB không bị ảnh hưởng.
en.RemoveDataConfirm=Permanently delete all records, backups and keys in%n%1?%n%nThis cannot be undone. Backups on USB sticks are not affected.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program files completely, so that no module or Qt plugin of the
; previous version is left for the new one to load. (The data is elsewhere: see above.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The PyInstaller one-folder bundle: HRDesk.exe (window), hrdesk-cli.exe (commands), _internal.
Source: "..\dist\hrdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder; the data folder (and the keyring's entries) in [Code] below.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
var
  RemoveData: Boolean;

function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#MyDataFolder}');
end;

{ A small window of the uninstaller's own: what is kept, and an unticked box to remove it.
  Returns False if the officer cancels the uninstall. }
function AskAboutData(): Boolean;
var
  Form: TSetupForm;
  Explanation: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  { Inno Setup 6.6 takes the size when the form is made; earlier 6.x set it afterwards. }
#if PREPROCVER >= 0x06060000
  Form := CreateCustomForm(ScaleX(460), ScaleY(240), False, False);
#else
  Form := CreateCustomForm();
  Form.ClientWidth := ScaleX(460);
  Form.ClientHeight := ScaleY(240);
#endif
  try
    Form.Caption := CustomMessage('RemoveDataCaption');
    Form.Position := poScreenCenter;

    Explanation := TNewStaticText.Create(Form);
    Explanation.Parent := Form;
    Explanation.AutoSize := False;
    Explanation.WordWrap := True;
    Explanation.SetBounds(ScaleX(16), ScaleY(16), Form.ClientWidth - ScaleX(32), ScaleY(140));
    Explanation.Caption := FmtMessage(CustomMessage('RemoveDataText'), [DataFolder()]);

    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.SetBounds(ScaleX(16), ScaleY(164), Form.ClientWidth - ScaleX(32), ScaleY(20));
    Box.Caption := CustomMessage('RemoveDataBox');
    Box.Checked := False;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.SetBounds(Form.ClientWidth - ScaleX(16 + 80), Form.ClientHeight - ScaleY(16 + 24),
      ScaleX(80), ScaleY(24));
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.SetBounds(CancelButton.Left - ScaleX(8 + 80), CancelButton.Top, ScaleX(80), ScaleY(24));
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    Result := Form.ShowModal() = mrOk;
    RemoveData := Result and Box.Checked;
  finally
    Form.Free();
  end;
  { Deleting the records cannot be undone: ask once more, "No" by default. }
  if RemoveData then
    RemoveData := MsgBox(FmtMessage(CustomMessage('RemoveDataConfirm'), [DataFolder()]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

function InitializeUninstall(): Boolean;
begin
  RemoveData := False;
  Result := True;
  { Silent uninstalls (scripts, administrators) never remove the officer's data. }
  if not UninstallSilent() then
    Result := AskAboutData();
end;

{ The office key's secret half and remembered sign-ins are in Credential Manager, not in the
  data folder: HR Desk removes its own entries, while its program files are still there. }
procedure ForgetSecrets();
var
  ResultCode: Integer;
begin
  if not Exec(ExpandConstant('{app}\{#MyCliExeName}'),
      'forget-secrets --profile "' + DataFolder() + '"', '', SW_HIDE,
      ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
    Log('forget-secrets did not finish: ' + IntToStr(ResultCode));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usUninstall) and RemoveData and DirExists(DataFolder()) then
    ForgetSecrets();
  if (CurUninstallStep = usPostUninstall) and RemoveData and DirExists(DataFolder()) then
    DelTree(DataFolder(), True, True, True);
end;
