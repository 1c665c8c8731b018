<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Liner</source>
        <translation>Liner 정보</translation>
    </message>
    <message>
        <source>Liner&apos;s icon</source>
        <translation>Liner 아이콘</translation>
    </message>
    <message>
        <source>An album player with liner notes and lyrics.</source>
        <translation>라이너 노트와 가사를 곁들여 듣는 앨범 플레이어입니다.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or any later version (GPL-3.0-or-later). Liner comes with no warranty.</source>
        <translation>라이선스: GNU 일반 공중 사용 허가서 버전 3 또는 그 이후 버전(GPL-3.0-or-later). Liner는 어떠한 보증도 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>사용 중인 라이브러리:</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>라이브러리 버전</translation>
    </message>
</context>
<context>
    <name>BookletPdf</name>
    <message>
        <source>Could not start the PDF.</source>
        <translation>PDF를 만들기 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Liner</source>
        <translation>Liner</translation>
    </message>
    <message>
        <source>Album cover</source>
        <translation>앨범 표지</translation>
    </message>
    <message>
        <source>ALBUM</source>
        <translation>앨범</translation>
    </message>
    <message>
        <source>Album title</source>
        <translation>앨범 제목</translation>
    </message>
    <message>
        <source>Album artist</source>
        <translation>앨범 아티스트</translation>
    </message>
    <message>
        <source>Year, track count and length</source>
        <translation>발매 연도, 곡 수, 재생 시간</translation>
    </message>
    <message>
        <source>Album notes</source>
        <translation>앨범 노트</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>분위기(&amp;M)</translation>
    </message>
    <message>
        <source>Show tracks of mood</source>
        <translation>이 분위기의 곡만 보기</translation>
    </message>
    <message>
        <source>&amp;Character</source>
        <translation>인물(&amp;C)</translation>
    </message>
    <message>
        <source>Show tracks of character</source>
        <translation>이 인물의 곡만 보기</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>곡 목록</translation>
    </message>
    <message>
        <source>Track notes</source>
        <translation>곡 노트</translation>
    </message>
    <message>
        <source>&amp;Edit notes…</source>
        <translation>노트 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit this track&apos;s notes</source>
        <translation>이 곡의 노트 편집</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Play the album</source>
        <translation>앨범 재생</translation>
    </message>
    <message>
        <source>Booklet</source>
        <translation>부클릿</translation>
    </message>
    <message>
        <source>Open the album&apos;s booklet (Ctrl+B)</source>
        <translation>앨범의 부클릿 열기 (Ctrl+B)</translation>
    </message>
    <message>
        <source>Open the booklet</source>
        <translation>부클릿 열기</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>뒤로 (Alt+←)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>앞으로 (Alt+→)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>앨범</translation>
    </message>
    <message>
        <source>All albums (Alt+Home)</source>
        <translation>모든 앨범 (Alt+Home)</translation>
    </message>
    <message>
        <source>All albums</source>
        <translation>모든 앨범</translation>
    </message>
    <message>
        <source>Now Playing</source>
        <translation>지금 재생 중</translation>
    </message>
    <message>
        <source>The cover and the lyrics of the playing track (Ctrl+L)</source>
        <translation>재생 중인 곡의 커버와 가사 (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>NoteLabels</name>
    <message>
        <source>Composer</source>
        <translation>작곡</translation>
    </message>
    <message>
        <source>Lyricist</source>
        <translation>작사</translation>
    </message>
    <message>
        <source>Arranger</source>
        <translation>편곡</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>연주</translation>
    </message>
    <message>
        <source>Conductor</source>
        <translation>지휘</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>프로듀서</translation>
    </message>
    <message>
        <source>Singer</source>
        <translation>노래</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>악기</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>악기</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>조성</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>템포</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>녹음</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>발매</translation>
    </message>
</context>
<context>
    <name>NotesEditorDialog</name>
    <message>
        <source>Fields first (Mood:, Characters:, Scenes:, Composer:, ...), then a blank line and the notes in Markdown. Only this track&apos;s section of liner-notes.md changes.</source>
        <translation>먼저 필드(Mood:, Characters:, Scenes:, Composer: 등)를 쓰고, 빈 줄 하나 뒤에 마크다운으로 노트를 쓰세요. liner-notes.md에서 이 곡 부분만 바뀝니다.</translation>
    </message>
    <message>
        <source>Notes text</source>
        <translation>노트 내용</translation>
    </message>
    <message>
        <source>Preview of the notes</source>
        <translation>노트 미리보기</translation>
    </message>
</context>
<context>
    <name>NotesMarkdown</name>
    <message>
        <source>Mood</source>
        <translation>분위기</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>장면</translation>
    </message>
    <message>
        <source>No liner notes for this track yet. Write them in liner-notes.md beside the album&apos;s files, or with Edit notes.</source>
        <translation>이 곡에는 아직 라이너 노트가 없어요. 앨범 파일 옆의 liner-notes.md에 쓰거나 ‘노트 편집’으로 작성해 보세요.</translation>
    </message>
</context>
<context>
    <name>NotesRendering</name>
    <message>
        <source>These notes go on longer than Liner formats; the rest is shown as written.</source>
        <translation>노트가 Liner가 서식을 입히는 길이보다 길어요. 나머지는 쓰인 그대로 보여 드려요.</translation>
    </message>
    <message numerus="yes">
        <source>The notes hold %n more characters, not shown here: open the file in a text editor to read them all.</source>
        <translation>
            <numerusform>여기에 보이지 않는 글자가 %n자 더 있어요. 모두 읽으려면 텍스트 편집기로 파일을 여세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NowPlayingBar</name>
    <message>
        <source>Playback</source>
        <translation>재생 제어</translation>
    </message>
    <message>
        <source>Go to the album</source>
        <translation>앨범으로 가기</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>지금 재생 중</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>셔플</translation>
    </message>
    <message>
        <source>Previous track (Ctrl+Left)</source>
        <translation>이전 곡 (Ctrl+←)</translation>
    </message>
    <message>
        <source>Previous track</source>
        <translation>이전 곡</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>재생 (Space)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Next track (Ctrl+Right)</source>
        <translation>다음 곡 (Ctrl+→)</translation>
    </message>
    <message>
        <source>Next track</source>
        <translation>다음 곡</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>지난 시간</translation>
    </message>
    <message>
        <source>0:00</source>
        <translation>0:00</translation>
    </message>
    <message>
        <source>Remaining time</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Now Playing: the cover and the lyrics (Ctrl+L)</source>
        <translation>지금 재생 중: 커버와 가사 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Now Playing</source>
        <translation>지금 재생 중</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>음소거</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>재생 제어</translation>
    </message>
    <message>
        <source>&amp;Output device:</source>
        <translation>출력 장치(&amp;O):</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>출력 장치</translation>
    </message>
    <message>
        <source>&amp;ReplayGain:</source>
        <translation>리플레이게인(&amp;R):</translation>
    </message>
    <message>
        <source>ReplayGain</source>
        <translation>리플레이게인</translation>
    </message>
    <message>
        <source>&amp;Preamp:</source>
        <translation>프리앰프(&amp;P):</translation>
    </message>
    <message>
        <source>ReplayGain preamp</source>
        <translation>리플레이게인 프리앰프</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Show a notification when a new track starts</source>
        <translation>새 곡이 시작되면 알림 표시</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>&amp;Music folders Liner reads and watches:</source>
        <translation>Liner가 읽고 지켜보는 음악 폴더(&amp;M):</translation>
    </message>
    <message>
        <source>Music folders</source>
        <translation>음악 폴더</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>폴더 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a music folder</source>
        <translation>음악 폴더 추가</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected music folders</source>
        <translation>선택한 음악 폴더 제거</translation>
    </message>
    <message>
        <source>Removing a folder takes its albums out of the library; no file is deleted.</source>
        <translation>폴더를 제거하면 그 앨범이 라이브러리에서 빠집니다. 파일은 지워지지 않습니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time Liner starts.</source>
        <translation>바꾼 언어는 Liner를 다시 시작하면 적용돼요.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Music Server</source>
        <translation>음악 서버</translation>
    </message>
    <message>
        <source>A Subsonic or OpenSubsonic server: Navidrome, Gonic, Airsonic, Ampache, Nextcloud Music, Supysonic. Its albums join your library; its songs play through Liner&apos;s own decoder, gapless and bit-perfect.</source>
        <translation>Subsonic 또는 OpenSubsonic 서버(Navidrome, Gonic, Airsonic, Ampache, Nextcloud Music, Supysonic)입니다. 서버의 앨범이 라이브러리에 더해지고, 곡은 Liner의 디코더로 끊김 없이 비트 퍼펙트로 재생됩니다.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>https://music.example.org</source>
        <translation>https://music.example.org</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>Optional: an OpenSubsonic API key instead of the password</source>
        <translation>선택 사항: 비밀번호 대신 쓸 OpenSubsonic API 키</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>&amp;Let the server transcode (smaller downloads; no longer bit-perfect)</source>
        <translation>서버에서 변환하기(&amp;L)(내려받는 양은 줄지만 비트 퍼펙트가 아님)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Transcoding format</source>
        <translation>변환 형식</translation>
    </message>
    <message>
        <source>Transcoding bit rate</source>
        <translation>변환 비트레이트</translation>
    </message>
    <message>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <source>The password and key are kept in your desktop&apos;s keyring, never in Liner&apos;s settings file.</source>
        <translation>비밀번호와 키는 데스크톱 키링에 보관되며, Liner 설정 파일에는 절대 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ServerPreferences</name>
    <message>
        <source>Music servers whose albums join your library:</source>
        <translation>앨범을 라이브러리에 더할 음악 서버:</translation>
    </message>
    <message>
        <source>Music servers</source>
        <translation>음악 서버</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Song &amp;cache:</source>
        <translation>곡 캐시(&amp;C):</translation>
    </message>
    <message>
        <source>Song cache size</source>
        <translation>곡 캐시 크기</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키 목록</translation>
    </message>
</context>
<context>
    <name>SmartPlaylistDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Name of the smart playlist</source>
        <translation>스마트 재생목록 이름</translation>
    </message>
    <message>
        <source>&amp;Tracks that match:</source>
        <translation>일치 조건(&amp;T):</translation>
    </message>
    <message>
        <source>Tracks that match</source>
        <translation>일치 조건</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>규칙 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>규칙 추가</translation>
    </message>
    <message>
        <source>How many tracks match</source>
        <translation>일치하는 곡 수</translation>
    </message>
</context>
<context>
    <name>liner::gui::AlbumDelegate</name>
    <message>
        <source>Play the album</source>
        <translation>앨범 재생</translation>
    </message>
    <message>
        <source>Add the album to the queue</source>
        <translation>앨범을 재생 대기열에 추가</translation>
    </message>
</context>
<context>
    <name>liner::gui::AnalysisProgress</name>
    <message>
        <source>Analysis progress</source>
        <translation>분석 진행률</translation>
    </message>
    <message>
        <source>Analysing the music: %1 of %2</source>
        <translation>음악 분석 중: %2곡 중 %1곡</translation>
    </message>
</context>
<context>
    <name>liner::gui::BookletContent</name>
    <message>
        <source>Various Artists</source>
        <translation>여러 아티스트</translation>
    </message>
</context>
<context>
    <name>liner::gui::BookletPages</name>
    <message>
        <source>Play %1</source>
        <translation>%1 재생</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>분위기</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>장면</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>차례</translation>
    </message>
    <message>
        <source>Liner notes</source>
        <translation>라이너 노트</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>크레디트</translation>
    </message>
    <message>
        <source>No notes for this track yet.</source>
        <translation>이 곡에는 아직 노트가 없습니다.</translation>
    </message>
    <message>
        <source>1 track</source>
        <translation>1곡</translation>
    </message>
    <message>
        <source>%1 tracks</source>
        <translation>%1곡</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>Turn to %1</source>
        <translation>‘%1’ 쪽으로 넘기기</translation>
    </message>
    <message>
        <source>Set by Liner from the album&apos;s liner notes.</source>
        <translation>앨범의 라이너 노트를 Liner가 조판했습니다.</translation>
    </message>
    <message>
        <source>Show the album&apos;s tracks of the mood %1</source>
        <translation>앨범에서 분위기가 ‘%1’인 곡 보기</translation>
    </message>
    <message>
        <source>Show the album&apos;s tracks of %1</source>
        <translation>앨범에서 %1의 곡 보기</translation>
    </message>
    <message>
        <source>track %1</source>
        <translation>%1번 트랙</translation>
    </message>
    <message>
        <source>tracks %1</source>
        <translation>%1번 트랙</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>수록 싱글</translation>
    </message>
</context>
<context>
    <name>liner::gui::BookletView</name>
    <message>
        <source>Booklet</source>
        <translation>부클릿</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>이전 쪽</translation>
    </message>
    <message>
        <source>Previous page (Left, Page Up)</source>
        <translation>이전 쪽 (←, Page Up)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>다음 쪽</translation>
    </message>
    <message>
        <source>Next page (Right, Page Down, Space)</source>
        <translation>다음 쪽 (→, Page Down, Space)</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>PDF로 내보내기…</translation>
    </message>
    <message>
        <source>Export the booklet as PDF</source>
        <translation>부클릿을 PDF로 내보내기</translation>
    </message>
    <message>
        <source>Cover and page 1 of %1</source>
        <translation>표지와 1쪽 (전체 %1쪽)</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>표지</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3</source>
        <translation>%1–%2쪽 (전체 %3쪽)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1쪽 (전체 %2쪽)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>liner::gui::EmotionalArcView</name>
    <message>
        <source>tender ballad</source>
        <translation>애틋한 발라드</translation>
    </message>
    <message>
        <source>bright anthem</source>
        <translation>밝은 업템포 곡</translation>
    </message>
    <message>
        <source>not yet analysed</source>
        <translation>아직 분석 전</translation>
    </message>
    <message>
        <source>The album&apos;s emotional arc</source>
        <translation>앨범의 감정 곡선</translation>
    </message>
    <message>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
    <message>
        <source>energy %1</source>
        <translation>에너지 %1</translation>
    </message>
    <message>
        <source>Suggested mood: %1 (from the music; right-click to accept it)</source>
        <translation>추천 분위기: %1 (음악에서 추정, 오른쪽 클릭으로 적용)</translation>
    </message>
    <message>
        <source>Mood: %1</source>
        <translation>분위기: %1</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Accept Suggested Mood “%1”</source>
        <translation>추천 분위기 “%1” 적용</translation>
    </message>
</context>
<context>
    <name>liner::gui::LibraryPane</name>
    <message>
        <source>Search albums, artists, songs, moods</source>
        <translation>앨범, 아티스트, 노래, 분위기 검색</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>라이브러리 검색</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>앨범</translation>
    </message>
    <message>
        <source>Reading %v of %m files</source>
        <translation>파일 %m개 중 %v개 읽는 중</translation>
    </message>
    <message>
        <source>No albums yet. Add a music folder, or drop one on the window.</source>
        <translation>아직 앨범이 없습니다. 음악 폴더를 추가하거나 창에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>Add Music Folder…</source>
        <translation>음악 폴더 추가…</translation>
    </message>
    <message>
        <source>Album Grid</source>
        <translation>앨범 격자</translation>
    </message>
    <message>
        <source>Show the albums as a grid of covers</source>
        <translation>앨범을 표지 격자로 보기</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>곡</translation>
    </message>
    <message>
        <source>1 album</source>
        <translation>앨범 1개</translation>
    </message>
    <message>
        <source>%1 albums</source>
        <translation>앨범 %1개</translation>
    </message>
    <message>
        <source>%1 of %2 albums</source>
        <translation>앨범 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
</context>
<context>
    <name>liner::gui::LyricsFlow</name>
    <message>
        <source>Lyrics</source>
        <translation>가사</translation>
    </message>
    <message>
        <source>No lyrics or notes for this track.</source>
        <translation>이 곡에는 가사도 노트도 없습니다.</translation>
    </message>
</context>
<context>
    <name>liner::gui::MainWindow</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 파일을 저장하지 못했어요: %2</translation>
    </message>
    <message>
        <source>Audio output failed: %1</source>
        <translation>오디오 출력에 실패했어요: %1</translation>
    </message>
    <message>
        <source>1 file could not be read and was left out.</source>
        <translation>파일 1개를 읽을 수 없어 제외했어요.</translation>
    </message>
    <message>
        <source>%1 files could not be read and were left out.</source>
        <translation>파일 %1개를 읽을 수 없어 제외했어요.</translation>
    </message>
    <message>
        <source>liner-notes.md, line %1: %2</source>
        <translation>liner-notes.md %1번째 줄: %2</translation>
    </message>
    <message>
        <source>liner-notes.md, line %1: %2 (and %3 more)</source>
        <translation>liner-notes.md %1번째 줄: %2 (외 %3건)</translation>
    </message>
    <message>
        <source>All moods</source>
        <translation>모든 분위기</translation>
    </message>
    <message>
        <source>All characters</source>
        <translation>모든 인물</translation>
    </message>
    <message>
        <source>No music</source>
        <translation>음악 없음</translation>
    </message>
    <message>
        <source>%1 — Liner</source>
        <translation>%1 — Liner</translation>
    </message>
    <message>
        <source>1 track</source>
        <translation>1곡</translation>
    </message>
    <message>
        <source>%1 tracks</source>
        <translation>%1곡</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>Edit this track&apos;s section of liner-notes.md</source>
        <translation>liner-notes.md에서 이 곡 부분을 편집</translation>
    </message>
    <message>
        <source>This album&apos;s liner-notes.md has no section for this track</source>
        <translation>이 앨범의 liner-notes.md에는 이 곡 부분이 없어요</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>노트를 저장하지 못했어요</translation>
    </message>
    <message>
        <source>Saved the notes of %1.</source>
        <translation>%1의 노트를 저장했어요.</translation>
    </message>
    <message>
        <source>Could not play %1: %2</source>
        <translation>%1을(를) 재생할 수 없어요: %2</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>재생/일시정지</translation>
    </message>
    <message>
        <source>Previous Track</source>
        <translation>이전 곡</translation>
    </message>
    <message>
        <source>Next Track</source>
        <translation>다음 곡</translation>
    </message>
    <message>
        <source>Back 5 Seconds</source>
        <translation>5초 뒤로</translation>
    </message>
    <message>
        <source>Forward 5 Seconds</source>
        <translation>5초 앞으로</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>환경설정…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>About Liner</source>
        <translation>Liner 정보</translation>
    </message>
    <message>
        <source>Add Music Folder</source>
        <translation>음악 폴더 추가</translation>
    </message>
    <message>
        <source>Adding %1 to the library…</source>
        <translation>%1 폴더를 라이브러리에 추가하는 중…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Add Music Folder…</source>
        <translation>음악 폴더 추가…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Search Library</source>
        <translation>라이브러리 검색</translation>
    </message>
    <message>
        <source>P&amp;laylists</source>
        <translation>재생목록(&amp;L)</translation>
    </message>
    <message>
        <source>ALBUM</source>
        <translation>앨범</translation>
    </message>
    <message>
        <source>SMART PLAYLIST</source>
        <translation>스마트 재생목록</translation>
    </message>
    <message>
        <source>Export Booklet as PDF…</source>
        <translation>부클릿을 PDF로 내보내기…</translation>
    </message>
    <message>
        <source>Booklet</source>
        <translation>부클릿</translation>
    </message>
    <message>
        <source>Now Playing</source>
        <translation>지금 재생 중</translation>
    </message>
    <message>
        <source>Export Booklet as PDF</source>
        <translation>부클릿을 PDF로 내보내기</translation>
    </message>
    <message>
        <source>%1 — booklet.pdf</source>
        <translation>%1 — 부클릿.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the booklet to %1…</source>
        <translation>부클릿을 %1에 쓰는 중…</translation>
    </message>
    <message>
        <source>Saved the booklet as %1.</source>
        <translation>부클릿을 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Booklet not saved</source>
        <translation>부클릿을 저장하지 못함</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Welcome to Liner. This is its demo album: open its booklet with Booklet (Ctrl+B). Add your own music with File ▸ Add Music Folder… (Ctrl+O), or drop a folder on the window.</source>
        <translation>Liner에 오신 것을 환영합니다. 지금 보이는 것은 데모 앨범이며, 부클릿(Ctrl+B)으로 부클릿을 펼칠 수 있습니다. 내 음악은 파일 ▸ 음악 폴더 추가…(Ctrl+O)로 추가하거나 폴더를 창에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>The notes were not saved, and the file is as it was. %1</source>
        <translation>노트를 저장하지 못했고, 파일은 그대로예요. %1</translation>
    </message>
    <message>
        <source>COMPILATION</source>
        <translation>컴필레이션</translation>
    </message>
    <message>
        <source>SOUNDTRACK</source>
        <translation>사운드트랙</translation>
    </message>
    <message>
        <source>1 part</source>
        <translation>파트 1개</translation>
    </message>
    <message>
        <source>%1 parts</source>
        <translation>파트 %1개</translation>
    </message>
    <message>
        <source>Write ReplayGain Tags…</source>
        <translation>ReplayGain 태그 쓰기…</translation>
    </message>
    <message>
        <source>%1 is now %2 in liner-notes.md.</source>
        <translation>liner-notes.md에 %1의 분위기를 %2(으)로 적었습니다.</translation>
    </message>
    <message>
        <source>Open an album to write its ReplayGain tags.</source>
        <translation>ReplayGain 태그를 쓰려면 앨범을 여세요.</translation>
    </message>
    <message>
        <source>This album has not been analysed yet, or its tracks cannot hold tags.</source>
        <translation>이 앨범은 아직 분석되지 않았거나 트랙에 태그를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Write the analysed ReplayGain values (track and album gain to -18 LUFS, and peaks) into the tags of 1 file of “%1”?</source>
        <translation>분석한 ReplayGain 값(-18 LUFS 기준의 트랙·앨범 게인과 피크)을 “%1”의 파일 1개의 태그에 쓸까요?</translation>
    </message>
    <message>
        <source>Write the analysed ReplayGain values (track and album gain to -18 LUFS, and peaks) into the tags of %1 files of “%2”?</source>
        <translation>분석한 ReplayGain 값(-18 LUFS 기준의 트랙·앨범 게인과 피크)을 “%2”의 파일 %1개의 태그에 쓸까요?</translation>
    </message>
    <message>
        <source>1 track not yet analysed will be left as it is.</source>
        <translation>아직 분석되지 않은 트랙 1개는 그대로 둡니다.</translation>
    </message>
    <message>
        <source>%1 tracks not yet analysed will be left as they are.</source>
        <translation>아직 분석되지 않은 트랙 %1개는 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Each file is written as a copy that then replaces it, so a crash leaves the old file or the new one. The audio is not changed.</source>
        <translation>각 파일은 사본에 쓴 다음 원본을 대체하므로, 도중에 멈춰도 이전 파일이나 새 파일 중 하나가 온전히 남습니다. 오디오는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Write ReplayGain Tags</source>
        <translation>ReplayGain 태그 쓰기</translation>
    </message>
    <message>
        <source>Writing ReplayGain tags…</source>
        <translation>ReplayGain 태그를 쓰는 중…</translation>
    </message>
    <message>
        <source>Wrote ReplayGain tags to 1 file.</source>
        <translation>파일 1개에 ReplayGain 태그를 썼습니다.</translation>
    </message>
    <message>
        <source>Wrote ReplayGain tags to %1 files.</source>
        <translation>파일 %1개에 ReplayGain 태그를 썼습니다.</translation>
    </message>
    <message>
        <source>ReplayGain tags not written: %1</source>
        <translation>ReplayGain 태그를 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>앨범</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
</context>
<context>
    <name>liner::gui::NotesEditorDialog</name>
    <message>
        <source>Edit notes — %1</source>
        <translation>노트 편집 — %1</translation>
    </message>
</context>
<context>
    <name>liner::gui::NowPlayingBar</name>
    <message>
        <source>%1 — go to the album</source>
        <translation>%1 — 앨범으로 가기</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>%1 (Space)</source>
        <translation>%1 (Space)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <source>Repeat: off</source>
        <translation>반복: 끔</translation>
    </message>
    <message>
        <source>Repeat: the whole queue</source>
        <translation>반복: 대기열 전체</translation>
    </message>
    <message>
        <source>Repeat: this track</source>
        <translation>반복: 이 곡</translation>
    </message>
    <message>
        <source>Shuffle: on</source>
        <translation>셔플: 켬</translation>
    </message>
    <message>
        <source>Shuffle: off</source>
        <translation>셔플: 끔</translation>
    </message>
</context>
<context>
    <name>liner::gui::NowPlayingView</name>
    <message>
        <source>Album cover</source>
        <translation>앨범 커버</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>앞당기기</translation>
    </message>
    <message>
        <source>Show lyrics 0.1 s earlier</source>
        <translation>가사를 0.1초 앞당기기</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>늦추기</translation>
    </message>
    <message>
        <source>Show lyrics 0.1 s later</source>
        <translation>가사를 0.1초 늦추기</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>지금 재생 중</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>앨범</translation>
    </message>
    <message>
        <source>Lyrics timing correction</source>
        <translation>가사 싱크 보정</translation>
    </message>
    <message>
        <source>Go to the album</source>
        <translation>앨범으로 가기</translation>
    </message>
    <message>
        <source>Nothing is playing</source>
        <translation>재생 중인 곡이 없습니다</translation>
    </message>
    <message>
        <source>Double-click a track, or press Play.</source>
        <translation>곡을 두 번 클릭하거나 재생을 누르세요.</translation>
    </message>
    <message>
        <source>Timing as written</source>
        <translation>원본 싱크</translation>
    </message>
    <message>
        <source>%1 s %2</source>
        <translation>%1초 %2</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>앞당김</translation>
    </message>
    <message>
        <source>later</source>
        <translation>늦춤</translation>
    </message>
    <message>
        <source>Timed notes</source>
        <translation>순간 노트</translation>
    </message>
    <message>
        <source>Where timed notes show</source>
        <translation>순간 노트를 보여 줄 곳</translation>
    </message>
    <message>
        <source>Notes beside lyrics</source>
        <translation>가사 옆에 노트</translation>
    </message>
    <message>
        <source>Notes instead of lyrics</source>
        <translation>가사 대신 노트</translation>
    </message>
</context>
<context>
    <name>liner::gui::PlaylistSidebar</name>
    <message>
        <source>Play queue</source>
        <translation>재생 대기열</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>재생목록</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>최근 삭제됨</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>셔플</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 삭제됨</translation>
    </message>
    <message>
        <source>New playlist</source>
        <translation>새 재생목록</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 사본</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Play next</source>
        <translation>다음에 재생</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>대기열에 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>정렬 기준</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Remove from Playlist</source>
        <translation>재생목록에서 제거</translation>
    </message>
    <message>
        <source>New Playlist</source>
        <translation>새 재생목록</translation>
    </message>
    <message>
        <source>Smart playlists</source>
        <translation>스마트 재생목록</translation>
    </message>
    <message>
        <source>No track in the library fits its rules.</source>
        <translation>라이브러리에 규칙에 맞는 곡이 없습니다.</translation>
    </message>
    <message>
        <source>Smart playlist not saved</source>
        <translation>스마트 재생목록을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Smart playlist not deleted</source>
        <translation>스마트 재생목록을 삭제하지 못했습니다</translation>
    </message>
    <message>
        <source>Edit smart playlist…</source>
        <translation>스마트 재생목록 편집…</translation>
    </message>
    <message>
        <source>Delete smart playlist</source>
        <translation>스마트 재생목록 삭제</translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation>대기열에서 제거</translation>
    </message>
    <message>
        <source>1 track fits its rules; the album pane shows it.</source>
        <translation>규칙에 맞는 곡 1개를 앨범 창에 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1 tracks fit its rules; the album pane shows them.</source>
        <translation>규칙에 맞는 곡 %1개를 앨범 창에 보여 줍니다.</translation>
    </message>
    <message>
        <source>New Smart Playlist…</source>
        <translation>새 스마트 재생목록…</translation>
    </message>
    <message>
        <source>Play queue and playlists</source>
        <translation>재생 대기열과 재생목록</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>다음 곡</translation>
    </message>
    <message>
        <source>1 track</source>
        <translation>1곡</translation>
    </message>
    <message>
        <source>%1 tracks</source>
        <translation>%1곡</translation>
    </message>
    <message>
        <source>Nothing queued</source>
        <translation>대기열이 비어 있음</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2분</translation>
    </message>
</context>
<context>
    <name>liner::gui::PreferencesDialog</name>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Track gain</source>
        <translation>곡 단위 게인</translation>
    </message>
    <message>
        <source>Album gain</source>
        <translation>앨범 단위 게인</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>서버(&amp;S)</translation>
    </message>
    <message>
        <source>Add Music Folder</source>
        <translation>음악 폴더 추가</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (연결되지 않음)</translation>
    </message>
</context>
<context>
    <name>liner::gui::ScanNotice</name>
    <message>
        <source>1 file could not be read and was left out: %1</source>
        <translation>파일 1개를 읽을 수 없어 제외했습니다: %1</translation>
    </message>
    <message>
        <source>%1 files could not be read and were left out: %2</source>
        <translation>파일 %1개를 읽을 수 없어 제외했습니다: %2</translation>
    </message>
    <message>
        <source>1 folder could not be opened and was left out: %1</source>
        <translation>폴더 1개를 열 수 없어 제외했습니다: %1</translation>
    </message>
    <message>
        <source>%1 folders could not be opened and were left out: %2</source>
        <translation>폴더 %1개를 열 수 없어 제외했습니다: %2</translation>
    </message>
</context>
<context>
    <name>liner::gui::SeekSlider</name>
    <message>
        <source>Position</source>
        <translation>재생 위치</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>liner::gui::ServerDialog</name>
    <message>
        <source>Signed in: %1.</source>
        <translation>로그인했습니다: %1.</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keyring)</source>
        <translation>변경 없음(키링에 보관됨)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인하는 중…</translation>
    </message>
</context>
<context>
    <name>liner::gui::ServerPreferences</name>
    <message>
        <source>Songs heard from servers are kept so they are not fetched twice; the least recently played go first.</source>
        <translation>서버에서 들은 곡은 다시 내려받지 않도록 보관되며, 가장 오래전에 재생한 곡부터 지워집니다.</translation>
    </message>
    <message>
        <source>%1 In use now: %2.</source>
        <translation>%1 현재 사용량: %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>Original files, bit-perfect</source>
        <translation>원본 파일, 비트 퍼펙트</translation>
    </message>
    <message>
        <source>Transcoded by the server to %1</source>
        <translation>서버에서 %1(으)로 변환</translation>
    </message>
    <message>
        <source>The password for %1 is used for this session only: %2</source>
        <translation>%1의 비밀번호는 이번 세션에서만 쓰입니다: %2</translation>
    </message>
</context>
<context>
    <name>liner::gui::ShortcutsDialog</name>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
</context>
<context>
    <name>liner::gui::SmartPlaylistDialog</name>
    <message>
        <source>New smart playlist</source>
        <translation>새 스마트 재생목록</translation>
    </message>
    <message>
        <source>Edit smart playlist</source>
        <translation>스마트 재생목록 편집</translation>
    </message>
    <message>
        <source>all of these rules</source>
        <translation>다음 규칙 모두</translation>
    </message>
    <message>
        <source>any of these rules</source>
        <translation>다음 규칙 중 하나</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>분위기</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>등장인물</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>장르</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>Play count</source>
        <translation>재생 횟수</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>이 규칙 제거</translation>
    </message>
    <message>
        <source>is</source>
        <translation>같음</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>같지 않음</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>이상</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>이하</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <source>No tracks match yet</source>
        <translation>아직 일치하는 곡이 없습니다</translation>
    </message>
    <message>
        <source>1 track matches</source>
        <translation>1곡이 일치합니다</translation>
    </message>
    <message>
        <source>%1 tracks match</source>
        <translation>%1곡이 일치합니다</translation>
    </message>
</context>
<context>
    <name>liner::gui::TrackContextMenu</name>
    <message>
        <source>Play next</source>
        <translation>다음에 재생</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>대기열에 추가</translation>
    </message>
    <message>
        <source>Add to playlist</source>
        <translation>재생목록에 추가</translation>
    </message>
    <message>
        <source>New playlist…</source>
        <translation>새 재생목록…</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>별점 주기</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>별점 없음</translation>
    </message>
    <message>
        <source>New playlist</source>
        <translation>새 재생목록</translation>
    </message>
    <message>
        <source>Name of the new playlist:</source>
        <translation>새 재생목록의 이름:</translation>
    </message>
    <message>
        <source>Starred on the server</source>
        <translation>서버에서 별표</translation>
    </message>
</context>
<context>
    <name>liner::gui::TrackSearchTable</name>
    <message>
        <source>Tracks matching the search</source>
        <translation>검색에 맞는 곡</translation>
    </message>
</context>
<context>
    <name>liner::gui::TrackStatsColumns</name>
    <message>
        <source>Not rated</source>
        <translation>별점 없음</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Rated 1 star</source>
        <translation>별점 1개</translation>
    </message>
    <message>
        <source>Rated %1 stars</source>
        <translation>별점 %1개</translation>
    </message>
    <message>
        <source>Never played</source>
        <translation>재생한 적 없음</translation>
    </message>
    <message>
        <source>Played once</source>
        <translation>1번 재생함</translation>
    </message>
    <message>
        <source>Played %1 times</source>
        <translation>%1번 재생함</translation>
    </message>
</context>
<context>
    <name>liner::gui::VolumeSlider</name>
    <message>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
</context>
<context>
    <name>liner::library::AlbumGrouping</name>
    <message>
        <source>Songs without an album on %1</source>
        <translation>%1의 앨범 없는 곡</translation>
    </message>
</context>
<context>
    <name>liner::library::AlbumModel</name>
    <message>
        <source>%1 — %2 (1 track)</source>
        <translation>%1 — %2 (1곡)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 tracks)</source>
        <translation>%1 — %2 (%3곡)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>Various Artists</source>
        <translation>여러 아티스트</translation>
    </message>
    <message>
        <source>%1, on the server %2</source>
        <translation>%1, 서버 %2에 있음</translation>
    </message>
    <message>
        <source>%1 by %2, on the server %3</source>
        <translation>%2의 %1, 서버 %3에 있음</translation>
    </message>
</context>
<context>
    <name>liner::library::TrackModel</name>
    <message>
        <source>Playing: %1</source>
        <translation>재생 중: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>앨범</translation>
    </message>
</context>
<context>
    <name>liner::playlist::PlaylistModel</name>
    <message>
        <source>Stream</source>
        <translation>스트림</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>아티스트</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>liner::server::MediaDownloads</name>
    <message>
        <source>Liner is closing</source>
        <translation>Liner를 닫는 중입니다</translation>
    </message>
    <message>
        <source>%1 sent no audio</source>
        <translation>%1에서 오디오를 보내지 않았습니다</translation>
    </message>
    <message>
        <source>%1 stopped sending (nothing for %2 s)</source>
        <translation>%1에서 전송이 멈췄습니다(%2초 동안 받은 데이터 없음)</translation>
    </message>
    <message>
        <source>the download was stopped</source>
        <translation>내려받기가 중단되었습니다</translation>
    </message>
</context>
<context>
    <name>liner::server::RemoteFile</name>
    <message>
        <source>cannot write the download to %1: %2</source>
        <translation>내려받은 데이터를 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the download stopped before the end of the song</source>
        <translation>곡이 끝나기 전에 내려받기가 멈췄습니다</translation>
    </message>
    <message>
        <source>no data arrived for %1 s</source>
        <translation>%1초 동안 데이터가 오지 않았습니다</translation>
    </message>
</context>
<context>
    <name>liner::server::ServerLibrary</name>
    <message>
        <source>No password is known for %1: add it in Preferences ▸ Servers.</source>
        <translation>%1의 비밀번호를 알 수 없습니다. 환경설정 ▸ 서버에서 추가하세요.</translation>
    </message>
    <message>
        <source>The password for %1 could not be read: %2</source>
        <translation>%1의 비밀번호를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2. Its albums show as they were last time.</source>
        <translation>%1의 목록을 가져올 수 없습니다: %2. 앨범은 지난번 모습대로 보입니다.</translation>
    </message>
</context>
<context>
    <name>liner::server::ServerMedia</name>
    <message>
        <source>not a song on a server</source>
        <translation>서버에 있는 곡이 아닙니다</translation>
    </message>
    <message>
        <source>no server %1 is set up</source>
        <translation>%1 서버가 설정되어 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>liner::server::ServerPlaylists</name>
    <message>
        <source>The playlists of %1 could not be read: %2</source>
        <translation>%1의 재생 목록을 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>liner::server::ServerSecrets</name>
    <message>
        <source>no keyring (Secret Service) is running to keep the password in: %1</source>
        <translation>비밀번호를 보관할 키링(Secret Service)이 실행 중이 아닙니다: %1</translation>
    </message>
    <message>
        <source>the keyring refused: %1</source>
        <translation>키링이 거부했습니다: %1</translation>
    </message>
</context>
<context>
    <name>liner::server::ServerWriteBack</name>
    <message>
        <source>%1 did not take a change: %2</source>
        <translation>%1에서 변경 사항을 받아들이지 않았습니다: %2</translation>
    </message>
</context>
<context>
    <name>liner::server::SubsonicClient</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1에서 %2초 안에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1의 응답: HTTP %2 %3</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 does not accept this user name and password</source>
        <translation>%1에서 이 사용자 이름과 비밀번호를 받아들이지 않습니다</translation>
    </message>
    <message>
        <source>%1 does not accept this way of signing in: %2</source>
        <translation>%1에서 이 로그인 방식을 받아들이지 않습니다: %2</translation>
    </message>
    <message>
        <source>%1 does not accept this API key</source>
        <translation>%1에서 이 API 키를 받아들이지 않습니다</translation>
    </message>
    <message>
        <source>%1 does not allow this user to do that: %2</source>
        <translation>%1에서 이 사용자에게 그 작업을 허용하지 않습니다: %2</translation>
    </message>
    <message>
        <source>%1 has no such item: %2</source>
        <translation>%1에 그런 항목이 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 answered with error %2: %3</source>
        <translation>%1에서 오류 %2을(를) 보냈습니다: %3</translation>
    </message>
    <message>
        <source>%1 did not answer as a Subsonic server does (%2)</source>
        <translation>%1의 응답이 Subsonic 서버의 응답이 아닙니다(%2)</translation>
    </message>
    <message>
        <source> (see %1)</source>
        <translation> (%1 참고)</translation>
    </message>
</context>
</TS>
