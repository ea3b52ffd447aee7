<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
  <context>
    <name>lessons</name>
    <message>
      <source>1. The learning rate</source>
      <translation>1. 학습률</translation>
    </message>
    <message>
      <source>Too small, about right, too large</source>
      <translation>너무 작게, 알맞게, 너무 크게</translation>
    </message>
    <message>
      <source>The bowl curves by L = 2 in every direction, so gradient descent is stable only for learning rates below 2/L = 1. At 0.02 it crawls; at 0.3 it arrives in a few steps; at 1.2 every step overshoots further than the last, and it diverges.</source>
      <translation>그릇 모양 곡면은 모든 방향으로 곡률이 L = 2이므로, 경사 하강법은 학습률이 2/L = 1보다 작을 때만 안정합니다. 0.02에서는 기어가듯 느리고, 0.3에서는 몇 단계 만에 도착하며, 1.2에서는 단계마다 지난번보다 더 멀리 넘어가 발산합니다.</translation>
    </message>
    <message>
      <source>Exactly at the limit</source>
      <translation>정확히 한계에서</translation>
    </message>
    <message>
      <source>At η = 2/L = 1 each step lands exactly opposite: the distance to the minimum never shrinks and never grows, and the run bounces between two points for ever. Just below the limit (0.95) it bounces too, but the bounces die away.</source>
      <translation>η = 2/L = 1에서는 매 단계가 정확히 반대편에 떨어집니다. 최솟값까지의 거리가 줄지도 늘지도 않아, 두 점 사이를 영원히 오갑니다. 한계 바로 아래(0.95)에서도 오가지만, 그 진동은 점점 잦아듭니다.</translation>
    </message>
    <message>
      <source>2. Local and global minima</source>
      <translation>2. 국소 최솟값과 전역 최솟값</translation>
    </message>
    <message>
      <source>Where you start decides</source>
      <translation>출발점이 결정합니다</translation>
    </message>
    <message>
      <source>Two valleys: the left is deeper (the global minimum), the right shallower. The same gradient descent started on either side of the ridge rolls into the valley on its side: the right one ends in the local minimum.</source>
      <translation>골짜기가 둘 있습니다. 왼쪽이 더 깊고(전역 최솟값) 오른쪽은 더 얕습니다. 같은 경사 하강법이라도 능선의 어느 쪽에서 출발하느냐에 따라 그쪽 골짜기로 굴러갑니다. 오른쪽에서 출발한 실행은 국소 최솟값에서 멈춥니다.</translation>
    </message>
    <message>
      <source>A larger step jumps the ridge</source>
      <translation>큰 보폭은 능선을 넘습니다</translation>
    </message>
    <message>
      <source>From the same start, a small learning rate settles in the nearby local minimum, while a larger one overshoots the ridge on its first steps and ends in the deeper valley. The step size shapes where a run can go, not only how fast.</source>
      <translation>같은 출발점에서 작은 학습률은 가까운 국소 최솟값에 자리 잡지만, 큰 학습률은 처음 몇 단계에서 능선을 넘어 더 깊은 골짜기에 도착합니다. 보폭은 얼마나 빨리 가는지뿐 아니라 어디로 갈 수 있는지도 정합니다.</translation>
    </message>
    <message>
      <source>3. The saddle point</source>
      <translation>3. 안장점</translation>
    </message>
    <message>
      <source>Stuck at a saddle, freed by noise</source>
      <translation>안장점에 갇히고, 잡음으로 풀려나기</translation>
    </message>
    <message>
      <source>On x² − y² gradient descent started on the x axis slides to the origin and stops: the gradient vanishes there, though it is no minimum. The same run with a little gradient noise (as in stochastic gradient descent) is pushed off the axis and escapes downhill along y.</source>
      <translation>x² − y²에서 x축 위에서 출발한 경사 하강법은 원점으로 미끄러져 멈춥니다. 그곳은 최솟값이 아니지만 기울기가 0이기 때문입니다. 같은 실행에 약간의 기울기 잡음을 더하면(확률적 경사 하강법처럼) 축에서 밀려나 y 방향으로 내리막을 따라 빠져나갑니다.</translation>
    </message>
    <message>
      <source>4. The ravine</source>
      <translation>4. 협곡</translation>
    </message>
    <message>
      <source>Zig-zag across, crawl along</source>
      <translation>가로질러 지그재그, 따라서는 느릿느릿</translation>
    </message>
    <message>
      <source>The valley is 100 times steeper across than along (κ = 100), so gradient descent must keep η below 2/100 to stay stable across it, and then moves along it at a crawl, zig-zagging. Momentum averages the zig-zag away and builds up speed along the valley: it arrives in well under half the steps.</source>
      <translation>이 골짜기는 가로 방향이 세로 방향보다 100배 가파릅니다(κ = 100). 그래서 경사 하강법은 가로 방향으로 안정하려면 η를 2/100 아래로 두어야 하고, 그러면 골짜기를 따라서는 지그재그로 기어가듯 움직입니다. 모멘텀은 지그재그를 평균 내어 없애고 골짜기를 따라 속도를 붙여, 절반보다 훨씬 적은 단계 만에 도착합니다.</translation>
    </message>
    <message>
      <source>Rosenbrock's banana</source>
      <translation>Rosenbrock의 바나나</translation>
    </message>
    <message>
      <source>The same on Rosenbrock's curved valley (use the logarithmic colours): after 3,000 steps gradient descent is still far from (1, 1), while momentum and Nesterov momentum with the same learning rate have arrived.</source>
      <translation>Rosenbrock의 휘어진 골짜기에서도 마찬가지입니다(로그 색상을 켜 보세요). 3,000단계 뒤에도 경사 하강법은 아직 (1, 1)에서 멀지만, 같은 학습률의 모멘텀과 네스테로프 모멘텀은 이미 도착했습니다.</translation>
    </message>
    <message>
      <source>5. Adaptive methods</source>
      <translation>5. 적응형 방법</translation>
    </message>
    <message>
      <source>Each direction its own step</source>
      <translation>방향마다 제 보폭</translation>
    </message>
    <message>
      <source>Adagrad, RMSprop and Adam divide each coordinate's step by a running size of its gradient, so the steep direction and the shallow one move at similar speeds: their paths head almost straight for the minimum instead of zig-zagging across the valley like gradient descent.</source>
      <translation>Adagrad, RMSprop, Adam은 각 좌표의 보폭을 그 기울기의 누적 크기로 나눕니다. 그래서 가파른 방향과 완만한 방향이 비슷한 속도로 움직이고, 경사 하강법처럼 골짜기를 가로질러 지그재그하는 대신 거의 곧장 최솟값으로 향합니다.</translation>
    </message>
    <message>
      <source>6. Learning-rate schedules</source>
      <translation>6. 학습률 스케줄</translation>
    </message>
    <message>
      <source>Decay ends the bouncing</source>
      <translation>감쇠가 진동을 멈춥니다</translation>
    </message>
    <message>
      <source>At η = 2/L = 1 on the bowl gradient descent bounces for ever. The same start with the rate halved every 20 steps (StepLR) or annealed along a cosine stops bouncing as soon as the rate has come down, and converges.</source>
      <translation>그릇 모양 곡면에서 η = 2/L = 1이면 경사 하강법은 영원히 오갑니다. 같은 출발점이라도 학습률을 20단계마다 절반으로 줄이거나(StepLR) 코사인을 따라 낮추면, 학습률이 내려가자마자 진동을 멈추고 수렴합니다.</translation>
    </message>
    <message>
      <source>7. Second order</source>
      <translation>7. 2차 방법</translation>
    </message>
    <message>
      <source>Newton's method in one step</source>
      <translation>한 단계 만의 뉴턴 방법</translation>
    </message>
    <message>
      <source>Newton's method divides the gradient by the curvature, direction by direction: on a quadratic it jumps to the minimum in a single step, however ill-conditioned the valley, where gradient descent needs dozens.</source>
      <translation>뉴턴 방법은 기울기를 방향마다 곡률로 나눕니다. 이차 함수에서는 골짜기가 아무리 나쁜 조건이어도 단 한 단계 만에 최솟값으로 뛰어가지만, 경사 하강법은 수십 단계가 필요합니다.</translation>
    </message>
    <message>
      <source>…and straight into the saddle</source>
      <translation>…그리고 곧장 안장점으로</translation>
    </message>
    <message>
      <source>Newton's step goes to where the local quadratic is flat, and on x² − y² that is the saddle: Newton's method heads for it and stops, while gradient descent rolls away downhill. Second-order steps need the curvature to point the right way.</source>
      <translation>뉴턴 단계는 국소 이차 근사가 평평한 곳으로 갑니다. x² − y²에서는 그곳이 안장점이어서, 뉴턴 방법은 그리로 가서 멈추고 경사 하강법은 내리막으로 굴러 내려갑니다. 2차 단계가 제대로 작동하려면 곡률의 방향이 맞아야 합니다.</translation>
    </message>
    <message>
      <source>8. Many minima</source>
      <translation>8. 수많은 최솟값</translation>
    </message>
    <message>
      <source>Rastrigin: the start decides everything</source>
      <translation>Rastrigin: 출발점이 모든 것을 정합니다</translation>
    </message>
    <message>
      <source>A local minimum near every integer point: gradient descent stops in the nearest one. Three starts, three different answers, only one of them the global minimum.</source>
      <translation>정수 격자점마다 가까이에 국소 최솟값이 있어, 경사 하강법은 가장 가까운 것에서 멈춥니다. 출발점 셋, 답도 셋이며, 그중 하나만 전역 최솟값입니다.</translation>
    </message>
    <message>
      <source>Ackley: ripples on a funnel</source>
      <translation>Ackley: 깔때기 위의 잔물결</translation>
    </message>
    <message>
      <source>Adam with the same settings from three starts: two are caught by ripples far from the centre, one finds the funnel's tip at (0, 0).</source>
      <translation>같은 설정의 Adam을 세 출발점에서 실행합니다. 둘은 중심에서 먼 잔물결에 붙잡히고, 하나만 (0, 0)에 있는 깔때기의 끝을 찾습니다.</translation>
    </message>
  </context>
</TS>
