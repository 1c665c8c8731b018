# Every file liner-render-demo writes, in one place: the build's OUTPUT list. tst_demoalbum
# checks it against demoAlbumFileNames(), so a renamed track fails a test, not a rebuild.
set(LINER_DEMO_ALBUM_FILES
  "01 The Moment My Heart.flac"
  "02 Morning Over the Village.flac"
  "03 Tears of a Queen.flac"
  "04 The Queens Crown.flac"
  "05 First Snow on the Window.flac"
  "06 A Second Chance.flac"
  "07 Promise Me.flac"
  "08 Dancing Home in the Snow.flac"
  "09 The Moment My Heart (Reprise).flac"
  "cover.jpg"
)
