<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BasinView</name>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="70" />
        <source>grid </source>
        <translation>격자 </translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="72" />
        <source>starts per side of the grid (up to 500 × 500)</source>
        <translation>격자 한 변의 출발점 수 (최대 500 × 500)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="74" />
        <source>colour by minimum reached</source>
        <translation>도달한 최솟값으로 색칠</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="75" />
        <source>colour by steps needed</source>
        <translation>필요한 단계 수로 색칠</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="77" />
        <source>Compute basins</source>
        <translation>끌림 영역 계산</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="79" />
        <source>the selected run's optimizer and settings from every grid point</source>
        <translation>선택한 실행의 최적화기와 설정으로 모든 격자점에서 출발</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="81" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="189" />
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="190" />
        <source>not converged</source>
        <translation>수렴하지 않음</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="45" />
        <source>&lt;b&gt;Surface&lt;/b&gt;</source>
        <translation>&lt;b&gt;곡면&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="51" />
        <source>Your own function…</source>
        <translation>직접 입력한 함수…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="67" />
        <source>the view window: x from, x to, y from, y to</source>
        <translation>보기 범위: x 시작, x 끝, y 시작, y 끝</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="70" />
        <source>(optional)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="71" />
        <source>a name for your function, shown as its title</source>
        <translation>함수 이름 (제목으로 표시)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="73" />
        <source>Use this function</source>
        <translation>이 함수 사용</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="78" />
        <source>window</source>
        <translation>범위</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="79" />
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="92" />
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;실행&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="100" />
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="101" />
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="102" />
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="111" />
        <source>&lt;b&gt;Selected run&lt;/b&gt;</source>
        <translation>&lt;b&gt;선택한 실행&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="154" />
        <source>tick to show, untick to hide</source>
        <translation>체크하면 표시, 해제하면 숨김</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../src/landscape_gui/ui/inspector.py" line="35" />
        <source>No run selected.</source>
        <translation>선택한 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/inspector.py" line="54" />
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/inspector.py" line="54" />
        <source>This step</source>
        <translation>이번 단계</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/inspector.py" line="54" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/inspector.py" line="56" />
        <source>step %1</source>
        <translation>%1단계</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="107" />
        <source>Controls</source>
        <translation>조절</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="109" />
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="110" />
        <source>Inspector</source>
        <translation>살펴보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="113" />
        <source>Basins</source>
        <translation>끌림 영역</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="117" />
        <source>Learning-rate sweep</source>
        <translation>학습률 훑기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="188" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="188" />
        <source>Play / pause</source>
        <translation>재생 / 일시정지</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="191" />
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="191" />
        <source>Exactly one step of every run</source>
        <translation>모든 실행을 정확히 한 단계씩</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="194" />
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="194" />
        <source>One step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="197" />
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="197" />
        <source>Back to step 0</source>
        <translation>0단계로 돌아가기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="200" />
        <source>Go to end</source>
        <translation>끝으로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="200" />
        <source>Show the last step</source>
        <translation>마지막 단계 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="203" />
        <source>Fit to surface</source>
        <translation>곡면에 맞추기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="206" />
        <source>Show the surface's whole window</source>
        <translation>곡면의 전체 범위 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="209" />
        <source>Logarithmic colours</source>
        <translation>로그 색상</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="212" />
        <source>Log colour scale (shows Rosenbrock's valley)</source>
        <translation>로그 색상 척도 (Rosenbrock의 골짜기가 보입니다)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="222" />
        <source>Contour view</source>
        <translation>등고선 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="225" />
        <source>3-D view</source>
        <translation>3차원 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="228" />
        <source>Contour and 3-D side by side</source>
        <translation>등고선과 3차원 나란히</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="231" />
        <source>Switch 2-D / 3-D</source>
        <translation>2차원 / 3차원 전환</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="234" />
        <source>Switch between the contour and 3-D views</source>
        <translation>등고선 보기와 3차원 보기 사이를 전환</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="237" />
        <source>Reset camera</source>
        <translation>카메라 초기화</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="237" />
        <source>Back to the default 3-D view</source>
        <translation>기본 3차원 시점으로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="242" />
        <source>Add run</source>
        <translation>실행 추가</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="244" />
        <source>Duplicate run</source>
        <translation>실행 복제</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="249" />
        <source>Remove run</source>
        <translation>실행 삭제</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="254" />
        <source>Reset to defaults</source>
        <translation>기본값으로 초기화</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="257" />
        <source>Forget the settings and start afresh</source>
        <translation>설정을 지우고 새로 시작</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="260" />
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="263" />
        <source>Pictures, animations and trajectories</source>
        <translation>그림, 애니메이션, 궤적</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="266" />
        <source>Save screenshot</source>
        <translation>스크린샷 저장</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="269" />
        <source>Save the current view as PNG in the last-used folder</source>
        <translation>현재 화면을 마지막으로 쓴 폴더에 PNG로 저장</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="272" />
        <source>Copy screenshot</source>
        <translation>스크린샷 복사</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="275" />
        <source>Copy the current view to the clipboard</source>
        <translation>현재 화면을 클립보드에 복사</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="278" />
        <source>Next scene</source>
        <translation>다음 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="278" />
        <source>The lesson's next scene</source>
        <translation>수업의 다음 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="281" />
        <source>Previous scene</source>
        <translation>이전 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="284" />
        <source>The lesson's previous scene</source>
        <translation>수업의 이전 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="287" />
        <source>Presenter mode</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="290" />
        <source>Big, keyboard-only view for a projector (Esc leaves)</source>
        <translation>프로젝터용 큰 화면, 키보드로만 조작 (Esc로 나가기)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="294" />
        <source>Leave presenter mode</source>
        <translation>발표 모드 나가기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="297" />
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="300" />
        <source>Open session…</source>
        <translation>세션 열기…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="303" />
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="304" />
        <source>Save session as…</source>
        <translation>다른 이름으로 세션 저장…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="305" />
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="306" />
        <source>About landscape-gui</source>
        <translation>landscape-gui 정보</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="316" />
        <location filename="../src/landscape_gui/ui/main_window.py" line="549" />
        <source>step %1 / %2</source>
        <translation>단계 %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="346" />
        <source>The language changes when landscape-gui is next started</source>
        <translation>언어는 landscape-gui를 다음에 시작할 때 바뀝니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="352" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="354" />
        <source>Open recent</source>
        <translation>최근 파일 열기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="363" />
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="370" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="383" />
        <source>&amp;Lessons</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="390" />
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="392" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="393" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="396" />
        <source>Playback</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="842" />
        <source>PageDown for the next scene</source>
        <translation>PageDown: 다음 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="844" />
        <source>the last scene</source>
        <translation>마지막 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="846" />
        <source>scene %1 of %2 · Space plays · %3</source>
        <translation>장면 %1 / %2 · Space: 재생 · %3</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <location filename="../src/landscape_gui/ui/playback.py" line="19" />
        <source>fastest</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/playback.py" line="21" />
        <source>1 step/s</source>
        <translation>초당 1단계</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/playback.py" line="22" />
        <source>%1 steps/s</source>
        <translation>초당 %1단계</translation>
    </message>
</context>
<context>
    <name>RunEditor</name>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="54" />
        <source>the run's colour</source>
        <translation>실행의 색</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="59" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="65" />
        <source>Optimizer</source>
        <translation>최적화기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="75" />
        <source>Learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="88" />
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="96" />
        <source>start point (or click on the map; Shift+click moves every run)</source>
        <translation>출발점 (지도를 클릭해도 됩니다. Shift+클릭은 모든 실행을 옮깁니다)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="101" />
        <source>Start (x, y)</source>
        <translation>출발점 (x, y)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="105" />
        <source>σ of Gaussian noise added to every gradient (stochastic gradient)</source>
        <translation>모든 기울기에 더하는 가우스 잡음의 σ (확률적 기울기)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="111" />
        <source>seed of the noise: the same seed gives the same run</source>
        <translation>잡음의 시드: 같은 시드는 같은 실행을 줍니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="115" />
        <location filename="../src/landscape_gui/ui/run_editor.py" line="271" />
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="117" />
        <source>Gradient noise σ</source>
        <translation>기울기 잡음 σ</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="127" />
        <source>LR schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="134" />
        <source>clip to norm</source>
        <translation>노름으로 자르기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="142" />
        <source>Gradient clipping</source>
        <translation>기울기 자르기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="247" />
        <source>Run colour</source>
        <translation>실행 색</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="41" />
        <source> rates</source>
        <translation>개 학습률</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="42" />
        <source>Sweep the learning rate</source>
        <translation>학습률 훑기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="44" />
        <source>the selected run's optimizer, settings and start at every rate</source>
        <translation>선택한 실행의 최적화기, 설정, 출발점으로 모든 학습률에서 실행</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="46" />
        <source>from</source>
        <translation>부터</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="46" />
        <source>to</source>
        <translation>까지</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="57" />
        <source>learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="58" />
        <source>final f − f*</source>
        <translation>최종 f − f*</translation>
    </message>
</context>
</TS>