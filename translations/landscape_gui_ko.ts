<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="186" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="186" />
        <source>Play / pause</source>
        <translation>재생 / 일시정지</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="189" />
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="189" />
        <source>Exactly one step of every run</source>
        <translation>모든 실행을 정확히 한 단계씩</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="192" />
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="192" />
        <source>One step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="195" />
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="195" />
        <source>Back to step 0</source>
        <translation>0단계로 돌아가기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="198" />
        <source>Go to end</source>
        <translation>끝으로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="198" />
        <source>Show the last step</source>
        <translation>마지막 단계 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="201" />
        <source>Fit to surface</source>
        <translation>곡면에 맞추기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="204" />
        <source>Show the surface's whole window</source>
        <translation>곡면의 전체 범위 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="207" />
        <source>Logarithmic colours</source>
        <translation>로그 색상</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="210" />
        <source>Log colour scale (shows Rosenbrock's valley)</source>
        <translation>로그 색상 척도 (Rosenbrock의 골짜기가 보입니다)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="220" />
        <source>Contour view</source>
        <translation>등고선 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="223" />
        <source>3-D view</source>
        <translation>3차원 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="226" />
        <source>Contour and 3-D side by side</source>
        <translation>등고선과 3차원 나란히</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="229" />
        <source>Switch 2-D / 3-D</source>
        <translation>2차원 / 3차원 전환</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="232" />
        <source>Switch between the contour and 3-D views</source>
        <translation>등고선 보기와 3차원 보기 사이를 전환</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="235" />
        <source>Reset camera</source>
        <translation>카메라 초기화</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="235" />
        <source>Back to the default 3-D view</source>
        <translation>기본 3차원 시점으로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="240" />
        <source>Add run</source>
        <translation>실행 추가</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="242" />
        <source>Duplicate run</source>
        <translation>실행 복제</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="247" />
        <source>Remove run</source>
        <translation>실행 삭제</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="252" />
        <source>Reset to defaults</source>
        <translation>기본값으로 초기화</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="255" />
        <source>Forget the settings and start afresh</source>
        <translation>설정을 지우고 새로 시작</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="258" />
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="261" />
        <source>Pictures, animations and trajectories</source>
        <translation>그림, 애니메이션, 궤적</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="264" />
        <source>Save screenshot</source>
        <translation>스크린샷 저장</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="267" />
        <source>Save the current view as PNG in the last-used folder</source>
        <translation>현재 화면을 마지막으로 쓴 폴더에 PNG로 저장</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="270" />
        <source>Copy screenshot</source>
        <translation>스크린샷 복사</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="273" />
        <source>Copy the current view to the clipboard</source>
        <translation>현재 화면을 클립보드에 복사</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="276" />
        <source>Next scene</source>
        <translation>다음 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="276" />
        <source>The lesson's next scene</source>
        <translation>수업의 다음 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="279" />
        <source>Previous scene</source>
        <translation>이전 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="282" />
        <source>The lesson's previous scene</source>
        <translation>수업의 이전 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="285" />
        <source>Presenter mode</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="288" />
        <source>Big, keyboard-only view for a projector (Esc leaves)</source>
        <translation>프로젝터용 큰 화면, 키보드로만 조작 (Esc로 나가기)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="292" />
        <source>Leave presenter mode</source>
        <translation>발표 모드 나가기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="295" />
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="298" />
        <source>Open session…</source>
        <translation>세션 열기…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="301" />
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="302" />
        <source>Save session as…</source>
        <translation>다른 이름으로 세션 저장…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="303" />
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="304" />
        <source>About landscape-gui</source>
        <translation>landscape-gui 정보</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="344" />
        <source>The language changes when landscape-gui is next started</source>
        <translation>언어는 landscape-gui를 다음에 시작할 때 바뀝니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="350" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="352" />
        <source>Open recent</source>
        <translation>최근 파일 열기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="361" />
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="368" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="381" />
        <source>&amp;Lessons</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="388" />
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="390" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="391" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="394" />
        <source>Playback</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="839" />
        <source>PageDown for the next scene</source>
        <translation>PageDown: 다음 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="841" />
        <source>the last scene</source>
        <translation>마지막 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="843" />
        <source>scene %1 of %2 · Space plays · %3</source>
        <translation>장면 %1 / %2 · Space: 재생 · %3</translation>
    </message>
</context>
</TS>